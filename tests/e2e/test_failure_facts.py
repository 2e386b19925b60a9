"""Any folder with tests is a workspace, and hints start from the facts of the learner's run:
through the real server (and, for the folder without a marker, the real CLI)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.harness import Editor

STATS = """\
def mean(values):
    total = 0
    for v in values:
        total += v
    return total / (len(values) + 1)


def spin(n):
    while n > 0:
        n + 1
    return n
"""
STATS_TESTS = """\
from stats import mean, spin


def test_mean():
    result = mean([1, 2, 3, 4])
    assert result == 2.5


def test_spin_stops():
    assert spin(3) == 0


def test_mean_of_nothing_much():
    assert mean([0]) == 0
"""
SIX_FOR_BUZZ = """\
def fizzbuzz(n):
    \"\"\"Return "Fizz", "Buzz", "FizzBuzz" or the number as a string.\"\"\"
    if n % 15 == 0:
        return "FizzBuzz"
    if n % 3 == 0:
        return "Fizz"
    if n % 6 == 0:
        return "Buzz"
    return str(n)
"""
JS_CODE = "function double(n) {\n  return n + n + 1;\n}\nmodule.exports = { double };\n"
JS_TEST = ("const test = require('node:test');\nconst assert = require('node:assert');\n"
           "const { double } = require('./double.js');\n\n"
           "test('doubles two', () => {\n  assert.strictEqual(double(2), 4);\n});\n")
GO_MOD = "module counter\n\ngo 1.19\n"
GO_CODE = "package counter\n\nfunc Count(xs []int) int {\n\tn := 0\n\tfor range xs {\n" \
          "\t\tn += 2\n\t}\n\treturn n\n}\n"
GO_TEST = ("package counter\n\nimport \"testing\"\n\nfunc TestCount(t *testing.T) {\n"
           "\tif got := Count([]int{1, 2}); got != 2 {\n"
           "\t\tt.Errorf(\"Count([1 2]) = %d, want %d\", got, 2)\n\t}\n}\n")


def _folder(root: Path, files: dict[str, str]) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (root / name).write_text(text)
    return root


def _temper(home: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "temper", *args], cwd=cwd, text=True,
                          capture_output=True, timeout=120,
                          env={**os.environ, "TEMPER_HOME": str(home)})


async def test_a_plain_python_folder_gets_a_session_facts_and_hints(home: Path, tmp_path: Path):
    folder = _folder(tmp_path / "kata", {"stats.py": STATS, "test_stats.py": STATS_TESTS})
    editor = await Editor.start(home, folder)
    try:
        status = await editor.command("temper.status", {"uri": editor.uri("stats.py")})
        assert status["exercise"].startswith("folder:"), status
        editor.save("stats.py", STATS)
        found = await editor.wait_diagnostics("stats.py", "test-failed")
        by_test = {d.data["test"]: d for d in found}
        # a wrong value lands on the line that returned it and says what it returned
        assert by_test["test_mean"].range.start.line == 4
        assert "mean([1, 2, 3, 4]) returned 2.0, expected 2.5" in by_test["test_mean"].message
        # the endless loop fails alone, at its line, and the other tests still report
        assert by_test["test_spin_stops"].range.start.line in (8, 9)
        assert "never finished" in by_test["test_spin_stops"].message
        result = await editor.command("temper.runTests", {"uri": editor.uri("stats.py")})
        states = {t["name"]: (t["status"], t["error_type"]) for t in result["tests"]}
        assert states["test_spin_stops"] == ("fail", "Timeout")
        assert states["test_mean_of_nothing_much"] == ("pass", None)

        hint = await editor.command("temper.hint", {"uri": editor.uri("stats.py"), "line": 1,
                                                    "intent": "question"})
        assert hint["level"] == 0
        assert "`mean([1, 2, 3, 4])` returns 2.0 where the test `test_mean` expects 2.5" \
            in hint["text"] or "`spin(3)` never finishes" in hint["text"], hint
        assert hint["text"].rstrip().endswith("?")
        assert "stopped at its time limit" in hint["rationale"]
        assert "does not run yet" not in hint["rationale"]
    finally:
        await editor.stop()


async def test_a_bare_assert_still_lands_in_the_learners_file(home: Path, tmp_path: Path):
    code = "def total(xs):\n    s = 1\n    for x in xs:\n        s += x\n    return s\n"
    tests = ("from sums import total\n\n\ndef test_total():\n    result = total([1, 2])\n"
             "    expected = 3\n    assert result == expected\n")
    folder = _folder(tmp_path / "sums", {"sums.py": code, "test_sums.py": tests})
    editor = await Editor.start(home, folder)
    try:
        editor.save("sums.py", code)
        [found] = await editor.wait_diagnostics("sums.py", "test-failed")
        assert found.range.start.line == 4  # `return s`, not the def line
        assert "total([1, 2]) returned 4, expected 3" in found.message
    finally:
        await editor.stop()


async def test_six_for_buzz_gets_hints_about_its_own_failure(editor: Editor):
    editor.save("fizzbuzz.py", SIX_FOR_BUZZ)
    [found] = await editor.wait_diagnostics("fizzbuzz.py", "test-failed")
    assert "fizzbuzz(10) returned '10', expected 'Buzz'" in found.message
    texts = []
    for intent in ("question", "hint", "stuck", "hint"):
        hint = await editor.command("temper.hint", {"uri": editor.uri("fizzbuzz.py"),
                                                    "line": 1, "intent": intent})
        texts.append((hint["level"], hint["text"]))
    level0 = next(text for level, text in texts if level == 0)
    for fact in ("fizzbuzz(10)", "'10'", "'Buzz'"):
        assert fact in level0
    joined = " ".join(text for _, text in texts)
    assert "order of your checks" not in joined and "first `if`" not in joined


def test_the_cli_runs_and_hints_in_a_folder_without_a_marker(home: Path, tmp_path: Path):
    folder = _folder(tmp_path / "homework", {"stats.py": STATS, "test_stats.py": STATS_TESTS})
    run = _temper(home, "run", "--json", ".", cwd=folder)
    assert run.returncode == 1, run.stderr
    result = json.loads(run.stdout)
    mean = next(t for t in result["tests"] if t["name"] == "test_mean")
    assert mean["facts"]["call"] == "mean([1, 2, 3, 4])"
    assert (mean["facts"]["actual"], mean["facts"]["expected"]) == ("2.0", "2.5")
    assert mean["facts"]["missing"] == []
    hint = _temper(home, "hint", "stats.py", "--line", "2", "--intent", "question", "--json",
                   cwd=folder)
    assert hint.returncode == 0, hint.stderr
    assert "mean([1, 2, 3, 4])" in json.loads(hint.stdout)["text"] or \
        "spin(3)" in json.loads(hint.stdout)["text"]


def test_a_folder_without_tests_says_what_was_looked_for(home: Path, tmp_path: Path):
    folder = _folder(tmp_path / "notes", {"notes.py": "x = 1\n"})
    run = _temper(home, "run", ".", cwd=folder)
    assert run.returncode != 0
    assert "no tests Temper can find" in run.stderr and "test_*.py" in run.stderr
    assert "Traceback" not in run.stderr


@pytest.mark.parametrize("language", ["javascript", "go"])
async def test_plain_folders_in_other_languages(home: Path, tmp_path: Path, language: str):
    if language == "javascript":
        files, learner, line = {"double.js": JS_CODE, "double.test.js": JS_TEST}, "double.js", None
    else:
        files, learner, line = ({"go.mod": GO_MOD, "counter.go": GO_CODE,
                                 "counter_test.go": GO_TEST}, "counter.go", None)
    folder = _folder(tmp_path / language, files)
    editor = await Editor.start(home, folder)
    try:
        editor.save(learner, files[learner])
        found = await editor.wait_diagnostics(learner, "test-failed")
        if line is not None:
            assert found[0].range.start.line == line
        hint = await editor.command("temper.hint", {"uri": editor.uri(learner), "line": 1,
                                                    "intent": "question"})
        assert hint["level"] == 0 and hint["text"].rstrip().endswith("?")
        result = await editor.command("temper.runTests", {"uri": editor.uri(learner)})
        failing = [t for t in result["tests"] if t["status"] != "pass"]
        assert failing and failing[0]["facts"] is not None
    finally:
        await editor.stop()
