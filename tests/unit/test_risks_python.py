"""Python risk detection: each AST check, ruff's mapping, the rules' wording, and no noise on starters."""

from __future__ import annotations

import asyncio
import logging
import re
import textwrap
from pathlib import Path

import pytest

from temper.catalog.exercises import Catalog
from temper.core.guard import CODE_FENCE
from temper.core.risks import Category, Severity
from temper.risks import python_ruff
from temper.risks.python import AST_RULES, RUFF_RULES, RULES, detect, ruff, ruff_binary

CORPUS = Path(__file__).resolve().parents[1] / "risk_corpus" / "python"
# the starters, and the reference solutions: the code a learner ends with must be clean too
STARTERS = [(exercise.id, f"{part}/{name}", text)
            for exercise in Catalog.load().exercises.values() if exercise.language == "python"
            for part, files in (("starter", exercise.starter), ("solution", exercise.solution))
            for name, text in sorted(files.items()) if name.endswith(".py")]
needs_ruff = pytest.mark.skipif(ruff_binary() is None, reason="the ruff binary is not installed")


def codes(source: str) -> list[str]:
    return [d.code for d in detect(textwrap.dedent(source))]


# ---- one check at a time: a positive and a near miss that must stay quiet -----------------

CASES = {
    "py-mutable-default": (
        ["def f(x, seen=[]): pass", "def f(*, cache={}): pass", "g = lambda acc=set(): acc",
         "def f(d=defaultdict(list)): pass", "def f(xs=[n for n in range(3)]): pass"],
        ["def f(x, seen=None): pass", "def f(parts=(), name='', n=0): pass",
         "def f(key=len): pass", "def f(x=frozenset()): pass"]),
    "py-none-comparison": (
        ["if x == None: pass", "ok = None != y", "while node != None: node = node.next"],
        ["if x is None: pass", "if x is not None: pass", "if x == 0 or x != '': pass"]),
    "py-mutate-while-iterating": (
        ["for x in xs:\n    xs.remove(x)", "for x in xs:\n    if x:\n        xs.append(x)",
         "for k in d:\n    del d[k]", "for k in d.keys():\n    d.pop(k)",
         "for i, x in enumerate(xs):\n    xs.insert(i, x)",
         "for x in self.items:\n    self.items.remove(x)",
         "for x in xs:\n    for y in ys:\n        xs.remove(x)\n        break"],
        ["for x in xs[:]:\n    xs.remove(x)", "for x in list(xs):\n    xs.remove(x)",
         "for x in xs:\n    xs.remove(x)\n    break",
         "def f(xs):\n    for x in xs:\n        if x:\n            xs.remove(x)\n            return xs",
         "for k in d:\n    d[k] = d[k] * 2", "for x in xs:\n    ys.append(x)",
         "for x in xs:\n    xs = []\n    xs.append(x)"]),
    "py-endless-loop": (
        ["while True:\n    print('hi')", "while 1:\n    continue",
         "while True:\n    for x in xs:\n        break",
         "i = 0\nwhile i < 10:\n    print(i)", "while node:\n    total += node.value",
         "def f():\n    while True:\n        def g():\n            return 1"],
        ["while True:\n    if input() == 'q':\n        break",
         "def f():\n    while True:\n        return 1",
         "while True:\n    raise SystemExit",
         "import sys\nwhile True:\n    sys.exit()",
         "def gen():\n    while True:\n        yield 1",
         "while True:\n    for x in xs:\n        pass\n    else:\n        break",
         "try:\n    while True:\n        next(it)\nexcept StopIteration:\n    pass",
         "i = 0\nwhile i < 10:\n    i += 1", "while stack:\n    stack.pop()",
         "while not done:\n    done = step()", "while queue:\n    process(queue)",
         "def f():\n    global running\n    running = False\nwhile running:\n    f()",
         "while self.running:\n    tick()", "while x := read():\n    print(x)"]),
    "py-recursion-no-base": (
        ["def f(n):\n    return n * f(n - 1)",
         "def f(n):\n    print(n)\n    f(n - 1)",
         "def f(n):\n    if n == 0:\n        print('done')\n    f(n - 1)",
         "class T:\n    def size(self):\n        return 1 + self.size()",
         "def f(n):\n    while True:\n        f(n)"],
        ["def f(n):\n    if n <= 1:\n        return 1\n    return n * f(n - 1)",
         "def f(n):\n    if n > 0:\n        f(n - 1)",
         "def f(n):\n    return 1 if n < 2 else f(n - 1) + f(n - 2)",
         "def f(xs):\n    return bool(xs) and f(xs[1:])",
         "def f(node):\n    for child in node.children:\n        f(child)",
         "def f(node):\n    return 1 + sum(f(c) for c in node.children)",
         "def f(n):\n    if n < 0:\n        raise ValueError(n)\n    return f(n - 1)",
         "def f(n):\n    try:\n        return f(n + 1)\n    except RecursionError:\n        return n",
         "class T:\n    def area(self):\n        return area(self)"]),
    "py-shadowed-builtin": (
        ["list = [1, 2]", "def f(str): pass", "def input(): pass", "for id, name in rows: pass",
         "sum = 0\nsum += 1", "import numpy as max", "g = lambda type: type",
         "with open(p) as file, open(q) as dict: pass", "class list: pass"],
        ["numbers = [1]", "total = sum(numbers)", "self.type = 'x'",
         "class Shape:\n    type = 'circle'\n    def sum(self): pass",
         "f(list=1)", "from x import y as z"]),
    "py-unreachable": (
        ["def f():\n    return 1\n    print('x')",
         "for x in xs:\n    break\n    print(x)",
         "for x in xs:\n    continue\n    print(x)",
         "def f():\n    raise ValueError\n    x = 1",
         "try:\n    pass\nexcept ValueError:\n    raise\n    print('x')"],
        ["def f(x):\n    if x:\n        return 1\n    return 2",
         "for x in xs:\n    if x:\n        break\n    print(x)",
         "def f():\n    return 1"]),
    "py-is-literal": (
        ["if x is 'yes': pass", "if n is 0: pass", "if n is not 1000: pass", "x is -1",
         "x is []", "x is ()", "x is 1.0", "x is b''"],
        ["x is None", "x is not None", "x is True", "x is False", "x is y", "x is ...",
         "x == 'yes'"]),
    "py-swallowed-exception": (
        ["try:\n    f()\nexcept:\n    pass", "try:\n    f()\nexcept Exception:\n    ...",
         "try:\n    f()\nexcept Exception as e:\n    pass",
         "for x in xs:\n    try:\n        f(x)\n    except BaseException:\n        continue",
         "try:\n    f()\nexcept (ValueError, Exception):\n    pass"],
        ["try:\n    f()\nexcept ValueError:\n    pass",
         "try:\n    f()\nexcept Exception as e:\n    print(e)",
         "try:\n    f()\nexcept:\n    raise"]),
    "py-off-by-one": (
        ["for i in range(len(xs) + 1):\n    print(xs[i])",
         "for i in range(1, len(xs) + 1):\n    print(xs[i])",
         "for i in range(0, len(xs) + 1):\n    xs[i] = 0",
         "for i in range(len(xs)):\n    if xs[i] > xs[i + 1]:\n        pass",
         "i = 0\nwhile i <= len(xs):\n    print(xs[i])\n    i += 1",
         "for i in range(len(self.xs) + 1):\n    print(self.xs[i])"],
        ["for i in range(len(xs)):\n    print(xs[i])",
         "for i in range(len(xs) - 1):\n    print(xs[i + 1])",
         "for i in range(1, len(xs) + 1):\n    print(xs[i - 1])",
         "for i in range(len(xs) + 1):\n    print(xs[:i])",
         "for i in range(len(xs)):\n    if i + 1 < len(xs):\n        print(xs[i + 1])",
         "for i in range(len(xs) + 1):\n    print(ys[i])"]),
}


@pytest.mark.parametrize(("code", "snippet"), [
    (code, snippet) for code, (positives, _) in CASES.items() for snippet in positives])
def test_each_check_finds_its_trap(code, snippet):
    assert code in codes(snippet), snippet


@pytest.mark.parametrize(("code", "snippet"), [
    (code, snippet) for code, (_, negatives) in CASES.items() for snippet in negatives])
def test_each_check_stays_quiet_on_a_near_miss(code, snippet):
    assert code not in codes(snippet), snippet


def test_every_ast_rule_has_cases():
    assert set(CASES) == set(AST_RULES)


# ---- positions, messages, robustness -------------------------------------------------------

def test_positions_are_one_based_with_an_exclusive_end():
    [found] = detect("x = 1\ndef f(a=[]):\n    pass\n")
    assert (found.code, found.line, found.column, found.end_line, found.end_column) == (
        "py-mutable-default", 2, 9, 2, 11)


def test_columns_count_characters_not_bytes():
    [found] = detect("naïve = 'é😀' if x == None else 1\n")
    assert (found.column, found.end_column) == (17, 26)


def test_a_shadowing_def_points_at_its_name():
    [found] = detect("async def   list(): pass\n")
    assert (found.line, found.column, found.end_column) == (1, 13, 17)
    assert found.message.endswith("`list`")


def test_recursion_is_reported_on_the_call_the_learner_wrote():
    [found] = detect("def fact(n):\n    return n * fact(n - 1)\n")
    assert (found.line, found.column) == (2, 16)


def test_each_binding_is_reported_once_per_scope():
    found = detect("sum = 0\nfor x in xs:\n    sum = sum + x\ndef f(sum): pass\n")
    assert [(d.code, d.line) for d in found] == [("py-shadowed-builtin", 1),
                                                  ("py-shadowed-builtin", 4)]


def test_unreachable_spans_every_skipped_statement():
    [found] = detect("def f():\n    return 1\n    a = 2\n    b = 3\n")
    assert (found.line, found.end_line) == (3, 4)


@pytest.mark.parametrize("source", [
    "def broken(:\n", "x = (", "\x00\x01binary", "é" * 10, "", "\n\n",
    bytes(range(256)).decode("latin-1"), "x = 1\n" * 200_000, "(" * 5_000 + ")" * 5_000,
    "x = " + "-" * 100_000 + "1"])
def test_broken_binary_and_huge_input_never_crash(source):
    assert isinstance(detect(source), list)


def test_syntax_errors_and_binary_input_give_nothing():
    assert detect("def f(:\n    return [] == None\n") == []
    assert detect("x == None\x00") == []
    assert detect("x == None\n" + "#" * 1_100_000) == []


def test_detect_never_runs_the_code(tmp_path):
    marker = tmp_path / "ran"
    detect(f"open({str(marker)!r}, 'w').write('x')\nwhile True:\n    pass\n")
    assert not marker.exists()


# ---- the untouched starters of the catalog ---------------------------------------------------

def test_the_catalog_has_python_starters():
    assert STARTERS


@pytest.mark.parametrize(("exercise", "name", "text"), STARTERS,
                         ids=[f"{e}/{n}" for e, n, _ in STARTERS])
def test_no_detection_on_an_untouched_starter(exercise, name, text):
    assert detect(text, name.rsplit("/", 1)[-1]) == []


@needs_ruff
@pytest.mark.parametrize(("exercise", "name", "text"), STARTERS,
                         ids=[f"{e}/{n}" for e, n, _ in STARTERS])
async def test_no_ruff_finding_on_an_untouched_starter(exercise, name, text):
    assert await ruff(text, name.rsplit("/", 1)[-1]) == []


# ---- the rules: every code explained, and explained without code ------------------------------

CODE_CHARACTERS = re.compile(r"[=(){}\[\]`<>]|\w\.\w+\b|^\s{4}", re.MULTILINE)


@pytest.mark.parametrize("code", sorted(RULES))
def test_every_rule_explains_why_without_showing_code(code):
    rule = RULES[code]
    assert rule.code == code and rule.concept and rule.message and rule.fix
    assert isinstance(rule.category, Category) and isinstance(rule.severity, Severity)
    assert len(rule.why.split()) <= 60, f"{code}: {len(rule.why.split())} words"
    assert len(rule.message) <= 70
    assert not CODE_FENCE.search(rule.why)
    assert not CODE_CHARACTERS.search(rule.why), f"{code}: {rule.why}"
    for snippet in re.findall(r"`([^`]+)`", rule.fix):
        if re.search(r"[^\w]", snippet):  # a bare keyword such as "break" names a concept
            assert snippet not in rule.why, f"{code}: the fix {snippet!r} is in the why"


def test_rule_codes_are_namespaced_and_registered_once():
    assert all(code.startswith("py-") for code in AST_RULES)
    assert all(code.startswith("ruff-") for code in RUFF_RULES)
    assert RULES == {**AST_RULES, **RUFF_RULES}


def test_ruff_rules_do_not_repeat_the_ast_checks():
    duplicates = {"B006", "E711", "F632", "S110", "S112", "B909", "A001", "A002"}
    assert not {c.removeprefix("ruff-") for c in RUFF_RULES} & duplicates


def test_everything_emitted_on_the_corpus_has_a_rule():
    for path in CORPUS.glob("*.py"):
        assert all(d.code in RULES for d in detect(path.read_text(), path.name)), path.name


# ---- the labelled corpus -------------------------------------------------------------------

def corpus() -> list[tuple[str, str, set[str]]]:
    cases = []
    for path in sorted(CORPUS.glob("*.py")):
        text = path.read_text()
        label = re.fullmatch(r"# expect: (.+)", text.splitlines()[0])
        assert label, f"{path.name}: the first line must be '# expect: ...'"
        words = {c.strip() for c in label.group(1).split(",")}
        cases.append((path.name, text, set() if words == {"none"} else words))
    return cases


def test_the_corpus_is_labelled_with_known_codes_and_covers_every_rule():
    cases = corpus()
    assert len(cases) >= 35
    labelled = set().union(*(expected for _, _, expected in cases))
    assert labelled <= set(RULES)
    assert labelled == set(RULES), f"no positive for {sorted(set(RULES) - labelled)}"
    assert sum(1 for _, _, expected in cases if not expected) >= 15


def test_the_ast_checks_are_accurate_on_the_corpus():
    hits = misses = false = 0
    for _, text, expected in corpus():
        wanted = {c for c in expected if c in AST_RULES}
        found = {d.code for d in detect(text)}
        hits, misses, false = (hits + len(found & wanted), misses + len(wanted - found),
                               false + len(found - wanted))
    assert hits / (hits + false) >= 0.9 and hits / (hits + misses) >= 0.9


# ---- ruff --------------------------------------------------------------------------------

@needs_ruff
async def test_ruff_reports_curated_codes_with_plain_messages():
    source = textwrap.dedent("""\
        import pickle, subprocess
        x = eval(input())
        subprocess.run("ls " + x, shell=True)
        password = "hunter2"
        try:
            pickle.loads(x)
        except:
            print("oops")
        assert x, "must be set"
        import os
        """)
    found = await ruff(source, "/home/learner/project/main.py")
    assert [d.code for d in found] == ["ruff-S307", "ruff-S602", "ruff-S105", "ruff-S301",
                                       "ruff-E722", "ruff-S101"]
    assert found[0] == found[0].__class__("ruff-S307", 2, 5, 2, 18, RULES["ruff-S307"].message)
    assert all("literal_eval" not in d.message for d in found)  # ruff's own text names fixes


@needs_ruff
async def test_ruff_keeps_quiet_where_a_learner_is_fine():
    source = textwrap.dedent("""\
        import os
        os.system("clear")
        prompt_password = "Enter your password: "
        def test_total():
            assert 1 + 1 == 2
        """)
    assert await ruff(source, "test_total.py") == []
    assert [d.code for d in await ruff(source, "total.py")] == ["ruff-S101"]


@needs_ruff
async def test_ruff_ignores_syntax_errors_and_odd_input():
    assert await ruff("def f(:\n") == []
    assert await ruff("x = 1\x00") == []
    assert await ruff("", "notes.txt") == []


def test_ruff_results_outside_the_curated_set_are_dropped():
    result = {"code": "E501", "location": {"row": 1, "column": 1},
              "end_location": {"row": 1, "column": 2}, "message": "long"}
    syntax = {**result, "code": None}
    eval_hit = {**result, "code": "S307"}
    found = python_ruff.to_detections([result, syntax, eval_hit])
    assert [d.code for d in found] == ["ruff-S307"]


async def test_missing_ruff_gives_nothing_and_logs_once(monkeypatch, caplog):
    monkeypatch.setattr(python_ruff, "ruff_binary", lambda: None)
    monkeypatch.setattr(python_ruff, "_warned", set())
    with caplog.at_level(logging.WARNING, logger=python_ruff.__name__):
        assert await ruff("eval(input())") == []
        assert await ruff("eval(input())") == []
    assert len([r for r in caplog.records if "not installed" in r.getMessage()]) == 1


@pytest.mark.parametrize("script", ["sleep 10", "echo broken >&2; exit 2", "echo not-json"])
async def test_a_failing_or_slow_ruff_gives_nothing(script, tmp_path, monkeypatch):
    fake = tmp_path / "ruff"
    fake.write_text(f"#!/bin/sh\ncat >/dev/null\n{script}\n")
    fake.chmod(0o755)
    monkeypatch.setattr(python_ruff, "ruff_binary", lambda: str(fake))
    monkeypatch.setattr(python_ruff, "RUFF_TIMEOUT", 0.5)
    monkeypatch.setattr(python_ruff, "_warned", set())
    started = asyncio.get_running_loop().time()
    assert await ruff("eval(input())") == []
    assert asyncio.get_running_loop().time() - started < 5
