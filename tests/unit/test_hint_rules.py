"""The authored-hint rules: counts, L0 questions, no code at L0-L2, L3 similarity, length."""

from __future__ import annotations

from temper.core.guard import L3_SIMILARITY_LIMIT
from temper.core.hint_rules import check_hints

SOLUTION = {"fizzbuzz.py": "def fizzbuzz(n):\n    if n % 15 == 0:\n        return 'FizzBuzz'\n"
                           "    if n % 3 == 0:\n        return 'Fizz'\n"
                           "    if n % 5 == 0:\n        return 'Buzz'\n    return str(n)\n"}
PUBLIC = {"fizzbuzz.py": "def fizzbuzz(n):\n    return n\n", "README.md": "Write fizzbuzz(n)."}
GOOD = {
    "L0": ["What should fizzbuzz(15) return?", "Which check runs first for 15?"],
    "L1": ["The order of the checks matters.", "A remainder tells you about divisibility."],
    "L2": ["Look at the first `if` in `fizzbuzz`: 15 is divisible by 3 too.",
           "The last branch must return text, not a number."],
    "L3": ["Fill the blanks:\n\n    if ____:\n        return ____\n    return ____\n"],
}


def problems(**levels):
    return check_hints({**GOOD, **levels}, SOLUTION, PUBLIC)


def test_a_well_written_ladder_passes():
    assert problems() == []


def test_too_few_hints_per_level():
    found = problems(L1=["One direction."], L3=[])
    assert [(p.level, p.index, p.severity) for p in found] == [("L1", None, "error"),
                                                               ("L3", None, "error")]
    assert "it needs at least 2" in found[0].message


def test_l0_hints_are_questions():
    [found] = problems(L0=["Think about 15.", "Why 15?"])
    assert (found.level, found.index, found.severity) == ("L0", 0, "error")
    assert "not a question" in found.message


def test_code_blocks_and_statements_are_refused_below_l3():
    found = problems(L1=["Try this:\n\n```\nx = 1\n```", "Set `count = 0` first."],
                     L2=["Use `return str(n)` at the end.", "Write def helper(x): in prose"])
    assert {(p.level, p.index) for p in found if p.severity == "error"} >= {
        ("L1", 0), ("L1", 1), ("L2", 0), ("L2", 1)}


def test_naming_a_function_is_fine_at_l2_but_an_expression_is_flagged():
    assert problems(L2=["Look at `fizzbuzz` and `%`.", "Check what `fizzbuzz(7)` gives."]) == []
    [found] = problems(L2=["Compare `a < b` here.", "Fine."])
    assert found.severity == "warning" and "a < b" in found.message


def test_an_l3_hint_that_reproduces_the_solution_states_its_similarity_and_the_limit():
    [found] = [p for p in problems(L3=[SOLUTION["fizzbuzz.py"]]) if p.severity == "error"]
    assert "similar to the reference solution" in found.message
    assert f"limit {L3_SIMILARITY_LIMIT:.0%}" in found.message


def test_an_l3_hint_without_holes_is_a_warning():
    [found] = problems(L3=["Order the checks from the most specific to the least."])
    assert found.severity == "warning" and "holes" in found.message


def test_long_hints_warn_then_fail():
    words = " ".join(["word"] * 170) + "?"
    [warned] = problems(L0=[words, "Why?"])
    assert warned.severity == "warning" and "170 words" in warned.message
    [failed] = problems(L0=[" ".join(["word"] * 230) + "?", "Why?"])
    assert failed.severity == "error"


def test_a_line_of_the_solution_at_l2_would_be_withheld():
    found = problems(L2=["Your check should be: if n % 15 == 0 then FizzBuzz.", "Fine."])
    assert any("withheld" in p.message for p in found)


def test_l1_naming_a_hidden_identifier_of_the_solution_warns():
    [found] = problems(L1=["Think about `str` conversion.", "Order matters."])
    assert found.severity == "warning" and "str" in found.message


def test_quoting_the_starters_own_code_is_only_a_warning():
    [found] = problems(L0=["After `return n`, what does fizzbuzz(3) give?", "Why?"])
    assert found.severity == "warning" and "already has" in found.message
