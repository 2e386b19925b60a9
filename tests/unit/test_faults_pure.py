"""The pure parts of fault localization: candidate edits, special-casing refused, the reference
alignment, the ranking and the values named on a line."""

from __future__ import annotations

import sys
from pathlib import Path

from temper.core.localization import Repair, SuspectLine
from temper.faults import ranking
from temper.faults.reference import differing_lines

sys.path.insert(0, str(Path(__file__).parents[2] / "server/temper/faults"))
import python_edits

SIX = ("def fizzbuzz(n):\n    if n % 15 == 0:\n        return 'FizzBuzz'\n    if n % 3 == 0:\n"
       "        return 'Fizz'\n    if n % 6 == 0:\n        return 'Buzz'\n    return str(n)\n")


def test_edits_of_a_line_include_the_constant_fix_and_name_the_kind():
    edits = list(python_edits.candidates({"f.py": SIX}, [("f.py", 6)], []))
    fixed = [e for e in edits if e["replacement"] == "if n % 5 == 0:"]
    assert fixed and fixed[0]["kind"] == "constant" and fixed[0]["line"] == 6
    assert fixed[0]["original"] == "if n % 6 == 0:"
    assert all(e["path"] == "f.py" and e["source"] != SIX for e in edits)


def test_off_by_one_in_a_range_bound_folds_the_constant():
    source = "def total(xs):\n    s = 0\n    for i in range(len(xs) - 1):\n        s += xs[i]\n    return s\n"
    edits = list(python_edits.candidates({"t.py": source}, [("t.py", 3)], []))
    assert any(e["replacement"] == "for i in range(len(xs)):" and e["kind"] == "off-by-one"
               for e in edits)


def test_an_edit_comparing_with_a_test_literal_is_never_proposed():
    source = "def grade(x):\n    if x == 9:\n        return 'A'\n    return 'B'\n"
    edits = list(python_edits.candidates({"g.py": source}, [("g.py", 2)], [10, "A"]))
    assert edits  # other edits of the line remain
    assert not any("x == 10" in e["source"] for e in edits)
    unguarded = list(python_edits.candidates({"g.py": source}, [("g.py", 2)], []))
    assert any("x == 10" in e["source"] for e in unguarded)


def test_the_reference_alignment_names_the_differing_line_only():
    learner = "def f(n):\n    # mine\n    if n % 6 == 0:\n        return 'Buzz'\n    return str(n)\n"
    solution = "def f(n):\n    if n % 5 == 0:\n        return 'Buzz'\n    return str(n)\n"
    assert differing_lines(learner, solution, "python") == {3: 1.0}


def test_a_repair_pins_its_line_first_and_values_name_the_line_names():
    lines = {"f.py": SIX.splitlines()}
    suspects, method = ranking.rank({("f.py", 8): 0.7, ("f.py", 6): 0.7}, {}, {}, lines)
    assert method == "spectrum" and [s.line for s in suspects] == [6, 8]
    repair = Repair("f.py", 6, "constant", "if n % 6 == 0:", "if n % 5 == 0:", ("t",))
    found = ranking.finish(suspects, method, repair, ("n=10",), "t", 1.0, "", [])
    assert found.method == "repair" and found.top == SuspectLine("f.py", 6, found.top.score,
                                                                  "if n % 6 == 0:")
    assert ranking.values_on("for i in range(n):", [{"n": "3"}, {"n": "3", "i": "0"}],
                             []) == ("n=3", "i=0")
