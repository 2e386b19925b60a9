"""Fault localization through the real server: after a failing save the coach finds the line at
fault in the background and the failing tests' diagnostics move onto it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from lsprotocol import types

from temper.runner.sandbox import confinement
from tests.e2e.harness import Editor
from tests.e2e.localizing import folder_with

TITLE = "Temper: finding the line at fault"
FIZZBUZZ_SIX = '''def fizzbuzz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    if n % 3 == 0:
        return "Fizz"
    if n % 6 == 0:
        return "Buzz"
    return str(n)
'''
SHORT_SUM = '''def total(numbers):
    result = 0
    for i in range(len(numbers) - 1):
        result += numbers[i]
    return result
'''
SUM_TESTS = '''from total import total


def test_three():
    assert total([1, 2, 3]) == 6


def test_empty():
    assert total([]) == 0


def test_one():
    assert total([5]) == 5


def test_two():
    assert total([2, 2]) == 4
'''


def localizations(editor: Editor) -> list[list]:
    return [r for r in editor.client.progress_reports.values()
            if r and getattr(r[0], "title", "") == TITLE]


def ended(editor: Editor) -> list[str]:
    return [r[-1].message for r in localizations(editor)
            if isinstance(r[-1], types.WorkDoneProgressEnd)]


def localized(editor: Editor, relpath: str) -> list[types.Diagnostic]:
    return [d for d in editor.diagnostics(relpath, "test-failed")
            if isinstance(d.data, dict) and d.data.get("localized")]


@pytest.fixture
def fizzbuzz_started(tmp_path: Path, home: Path) -> Path:
    folder = tmp_path / "fizzbuzz"
    subprocess.run([sys.executable, "-m", "temper", "exercise", "start",
                    "python/basics/fizzbuzz", str(folder)], check=True, capture_output=True)
    return folder


async def test_fizzbuzz_modulo_six_is_located_on_line_6(home: Path, fizzbuzz_started: Path):
    starter = (fizzbuzz_started / "fizzbuzz.py").read_text()
    assert "n % 5" in starter  # the starter checks Buzz with 5; the learner typed 6
    editor = await Editor.start(home, fizzbuzz_started)
    try:
        editor.save("fizzbuzz.py", FIZZBUZZ_SIX)
        [moved] = await editor.wait_for("the failure on the line at fault",
                                        lambda: localized(editor, "fizzbuzz.py"))
        assert moved.range.start.line == 5  # line 6: `if n % 6 == 0:`
        assert moved.data["test"] == "test_divisible_by_five"
        assert moved.data["localized"] == "repair"
        related = {(r.location.uri.rsplit("/", 1)[-1], r.location.range.start.line, r.message)
                   for r in moved.related_information or []}
        assert ("test_fizzbuzz.py", 12, "the failing assertion") in related
        assert "n % 5" not in moved.message  # the repair stays with the coach
        [end] = await editor.wait_for("the localization to end", lambda: ended(editor))
        assert end.startswith("line 6 of fizzbuzz.py")
        hover = await editor.hover("fizzbuzz.py", 5)
        assert hover is not None and "test_divisible_by_five" in hover.contents.value
    finally:
        await editor.stop()


async def test_a_sum_stopping_one_short_is_located_on_its_loop(home: Path, tmp_path: Path):
    folder = folder_with(tmp_path, {"total.py": SHORT_SUM, "test_total.py": SUM_TESTS})
    editor = await Editor.start(home, folder)
    try:
        editor.save("total.py", SHORT_SUM)
        moved = await editor.wait_for("the failures on the line at fault",
                                      lambda: localized(editor, "total.py"))
        assert {d.range.start.line for d in moved} == {2}  # `for i in range(len(numbers) - 1):`
        assert {d.data["test"] for d in moved} == {"test_three", "test_one", "test_two"}
        assert not [d for d in editor.diagnostics("total.py", "test-failed")
                    if not d.data.get("localized")]
    finally:
        await editor.stop()


SLOW = '''import time


def total(numbers):
    result = 0
    for i in range(len(numbers) - 1):
        time.sleep(0.05)
        result += numbers[i]
    return result
'''


async def test_a_newer_save_cancels_localization_and_the_editor_answers_meanwhile(
        home: Path, tmp_path: Path):
    folder = folder_with(tmp_path, {"total.py": SLOW, "test_total.py": SUM_TESTS})
    editor = await Editor.start(home, folder, options={"localizeBudget": 30})
    try:
        editor.save("total.py", SLOW)
        await editor.wait_for("a localization to begin", lambda: localizations(editor))
        [failure, *_] = editor.diagnostics("total.py", "test-failed")
        line = failure.range.start.line
        hover = await editor.hover("total.py", line)  # answered while the search goes on
        actions = await editor.code_actions("total.py", line)
        assert not ended(editor), "the localization ended before the editor asked"
        assert hover is not None and "test_" in hover.contents.value  # the failure's details
        assert [a.title.split(" (")[0] for a in actions] == [f"Temper L{n}" for n in range(6)]
        editor.save("total.py", SLOW.replace("- 1", ""))
        await editor.wait_for("the first localization to end", lambda: ended(editor))
        assert ended(editor)[0].startswith("cancelled"), ended(editor)
        await editor.wait_diagnostics("total.py", "test-failed", present=False)
    finally:
        await editor.stop()


async def test_a_program_using_chance_gets_no_location(home: Path, tmp_path: Path):
    folder = folder_with(tmp_path, {
        "pick.py": "import random\n\n\ndef pick(items):\n    return random.choice(items)\n",
        "test_pick.py": "from pick import pick\n\n\ndef test_first():\n"
                        "    assert pick([1, 2, 3, 4, 5, 6, 7, 8]) == 1\n\n\n"
                        "def test_single():\n    assert pick([4]) == 4\n"})
    editor = await Editor.start(home, folder)
    try:
        for attempt in range(3):  # one in eight runs passes by luck; the rest must not locate
            editor.save("pick.py", (folder / "pick.py").read_text() + f"# {attempt}\n")
            await editor.wait_for("the run", lambda a=attempt: editor.runs_ended() > a)
        await editor.wait_for("a localization to end", lambda: ended(editor))
        assert all(m.startswith(("no line located", "cancelled")) for m in ended(editor)), \
            ended(editor)
        assert not localized(editor, "pick.py")
    finally:
        await editor.stop()


HOSTILE = '''import os


def sum_to(n):
    try:
        with open(OUTSIDE, "w") as note:
            note.write("escaped")
    except OSError:
        pass
    if n < -1:
        while True:
            os.fork()
    total = 0
    i = 1
    while i < n:
        total += i
        i += 1
    return total
'''
HOSTILE_TESTS = '''from count import sum_to


def test_three():
    assert sum_to(3) == 6


def test_zero():
    assert sum_to(0) == 0


def test_two():
    assert sum_to(2) == 3


def test_one():
    assert sum_to(1) == 1
'''


@pytest.mark.skipif(confinement() != "bwrap", reason="needs bubblewrap to confine writes")
async def test_hostile_code_under_the_repair_search_is_contained(home: Path, tmp_path: Path):
    outside = tmp_path / "escaped.txt"
    source = HOSTILE.replace("OUTSIDE", repr(str(outside)))
    folder = folder_with(tmp_path, {"count.py": source, "test_count.py": HOSTILE_TESTS})
    editor = await Editor.start(home, folder, env={"TEMPER_RUNNER": "local"})
    try:
        editor.save("count.py", source)
        [end] = await editor.wait_for("the localization to end", lambda: ended(editor))
        assert end.startswith("line 15 of count.py"), end  # `while i < n - 1:`
        assert not outside.exists()  # every candidate ran in the sandbox, as the run did
        status = await editor.command("temper.status", {"uri": editor.uri("count.py")})
        assert status is not None
    finally:
        await editor.stop()


def test_the_command_line_names_the_line_and_keeps_the_repair_out_of_plain_text(
        home: Path, tmp_path: Path):
    folder = folder_with(tmp_path, {"total.py": SHORT_SUM, "test_total.py": SUM_TESTS})
    command = [sys.executable, "-m", "temper", "localize", str(folder)]
    plain = subprocess.run(command, check=False, capture_output=True, text=True, timeout=120)
    assert "1. total.py:3  for i in range(len(numbers) - 1):" in plain.stdout, plain.stderr
    assert "numbers=[1, 2, 3]" in plain.stdout and "off-by-one" in plain.stdout
    assert "range(len(numbers))" not in plain.stdout.replace("range(len(numbers) - 1)", "")
    as_json = subprocess.run([*command, "--json"], check=True, capture_output=True, text=True,
                             timeout=120)
    found = json.loads(as_json.stdout)
    assert found["method"] == "repair" and found["suspects"][0]["line"] == 3
    assert found["repair"]["kind"] == "off-by-one"
