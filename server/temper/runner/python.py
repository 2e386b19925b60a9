"""Python exercises: pytest with Temper's report plugin, read into a RunResult."""

from __future__ import annotations

import json
import re
import shutil
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from temper.core.results import (
    FACT_NAMES,
    TIMEOUT,
    Facts,
    Location,
    RunResult,
    Status,
    TestResult,
    truncate_output,
)
from temper.runner import source
from temper.runner.job import Completed, Job, Place, Step

PLUGIN = Path(__file__).with_name("pytest_report.py")
PLUGIN_MODULE = "temper_pytest_report"
TEST_TIMEOUT = 3.0  # seconds for one test; an endless loop fails that test alone
TEST_TIMEOUT_AFTER_HANG = 1.0  # for each test after one has hung, so the others still report
VALUE_LIMIT = 200
COLLECT_FACTS = True  # record the calls a test makes into the learner's code (benchmarks/facts.py
# turns it off to measure what it costs)
FAULT_FRAME = re.compile(r'^\s*File "(?P<path>[^"]+)", line (?P<line>\d+)', re.MULTILINE)


def command(test_files: list[str]) -> list[str]:
    return [sys.executable, "-m", "pytest", "-q", "--tb=short", "-p", "no:cacheprovider",
            "-p", PLUGIN_MODULE, "-o", "addopts=", "-o", "console_output_style=classic",
            *test_files]


def is_test(relpath: str) -> bool:
    name = relpath.rsplit("/", 1)[-1]
    return name.startswith("test_") or name.endswith("_test.py") or name == "conftest.py"


def prepare(language: str, place: Place, test_files: list[str]) -> Job:
    plugin_dir = place.out / "plugin"
    plugin_dir.mkdir(exist_ok=True)
    shutil.copy(PLUGIN, plugin_dir / f"{PLUGIN_MODULE}.py")
    prefixes = {Path(p).resolve() for p in (sys.prefix, sys.base_prefix, sys.exec_prefix)}
    return Job([Step(command(test_files))],
               env={"PYTHONPATH": str(plugin_dir), "TEMPER_REPORT": str(place.out / "report.json"),
                    # the learner's tests need plain pytest; third-party plugins cost seconds
                    "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1",
                    "TEMPER_TEST_TIMEOUT": str(TEST_TIMEOUT),
                    "TEMPER_FACTS": "1" if COLLECT_FACTS else "0",
                    "TEMPER_TEST_TIMEOUT_AFTER_HANG": str(TEST_TIMEOUT_AFTER_HANG)},
               tools=tuple(sorted(prefixes)), dump_signal=True)


def hang_location(completed: Completed, place: Place, test_files: list[str],
                  learner_files: list[str]) -> Location | None:
    """The learner's line that was running when the time ran out (innermost frame first), from
    the stack faulthandler printed."""
    for match in FAULT_FRAME.finditer(completed.stderr):
        relpath = source.relative(match["path"], place)
        if relpath and relpath not in test_files and not is_test(relpath):
            return Location(relpath, int(match["line"]))
    return None


def _frames(entry: dict[str, Any], place: Place, test_files: set[str]
            ) -> tuple[Location | None, Location | None]:
    """The deepest frame in the learner's files and the deepest one in a test file."""
    learner = test = None
    for path, line in entry.get("frames", []):
        relpath = source.relative(path, place) if not path.startswith("<") else None
        if relpath is None or line is None:  # "<frozen posixpath>", "<string>": not a file
            continue
        if relpath in test_files or is_test(relpath):
            test = Location(relpath, int(line))
        else:
            learner = Location(relpath, int(line))
    return learner, test


def _cut(value: str | None) -> str | None:
    if value is None:
        return None
    return value if len(value) <= VALUE_LIMIT else value[:VALUE_LIMIT - 1] + "…"


def _call_under_test(calls: list[dict[str, Any]], test_line: int | None
                     ) -> dict[str, Any] | None:
    """The learner call the failing assertion is about: the last one made on the failing line
    of the test, else the last one made before it."""
    on_line = [c for c in calls if test_line is not None and c.get("test_line") == test_line]
    return (on_line or calls or [None])[-1]


def defined_at(entry: dict[str, Any], place: Place, test: Location | None) -> Location | None:
    """Where the learner function a failing test called is defined (a bare `assert result ==
    expected` calls nothing on its own line)."""
    call = _call_under_test(entry.get("calls") or [], test.line if test else None)
    relpath = source.relative(call.get("file") or "", place) if call else None
    return Location(relpath, int(call["first_line"])) if relpath and call.get("first_line") \
        else None


def failure_facts(entry: dict[str, Any], place: Place, learner: Location | None,
                  test: Location | None) -> Facts:
    """The facts of one failing test from the plugin's record: the call under test, the two
    sides of the failed comparison, the exception, and the line that returned the value."""
    call = _call_under_test(entry.get("calls") or [], test.line if test else None)
    compare = entry.get("compare") or {}
    error_type = entry.get("error_type")
    crashed = error_type not in (None, "AssertionError", TIMEOUT)
    actual = expected = returned_at = None
    if compare:
        left, right = compare.get("left"), compare.get("right")
        # the side that is what the learner's call returned is the actual value
        if call and call.get("finished") and call.get("returned") == right \
                and call.get("returned") != left:
            actual, expected = right, left
        else:
            actual, expected = left, right
    if call and call.get("finished") and not crashed and error_type != TIMEOUT:
        actual = actual if compare else call.get("returned")
        relpath = source.relative(call.get("file") or "", place)
        if relpath and call.get("returned_line"):
            returned_at = Location(relpath, int(call["returned_line"]))
    function = call.get("function") if call else None
    arguments = tuple(_cut(a) or "" for a in call.get("arguments", ())) if call else ()
    shown = function.rsplit(".", 1)[-1] if function and "." in function and \
        function.split(".")[-2] != "<locals>" else function
    facts = Facts(
        call=f"{shown}({', '.join(arguments)})" if call else None, function=function,
        arguments=arguments, actual=_cut(actual), expected=_cut(expected),
        comparison=compare.get("op"),
        exception=_cut(entry.get("message")) if crashed or error_type == TIMEOUT else None,
        returned_at=returned_at)
    have = {"call": facts.call, "actual": facts.actual, "expected": facts.expected,
            "exception": facts.exception, "frame": learner}
    wanted = {"call", "frame", *(("exception",) if crashed or error_type == TIMEOUT
                                 else ("actual", "expected"))}
    return replace(facts, missing=tuple(n for n in FACT_NAMES if n in wanted and not have[n]))


def parse(language: str, place: Place, done: list[Completed], test_files: list[str],
          learner_files: list[str]) -> RunResult:
    """Turn the plugin's report into a RunResult, tests in the order of the test file."""
    completed = done[-1]
    duration = completed.duration_seconds
    try:
        report = json.loads((place.out / "report.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        tail = (completed.stderr or completed.stdout).strip()[-1500:]
        return RunResult(Status.ERROR, f"the test run crashed (exit {completed.exit_code}): "
                         f"{tail}", duration_seconds=duration)
    tests_set = set(test_files)
    errors = report.get("errors", [])
    if errors and not report.get("tests"):
        error = errors[0]
        location = None
        if error.get("syntax"):
            path, line, column = error["syntax"]
            relpath = source.relative(path or "", place)
            if relpath and line:
                location = Location(relpath, int(line), int(column) if column else None)
        if location is None:
            learner, test = _frames(error, place, tests_set)
            location = learner or test
        return RunResult(Status.ERROR, error.get("summary") or error.get("message"),
                         error_location=location, error_type=error.get("error_type"),
                         duration_seconds=duration)
    tests = []
    order = {path: n for n, path in enumerate(test_files)}
    entries = report.get("tests", [])
    entries.sort(key=lambda e: (order.get(source.relative(e["file"], place) or "", len(order)),
                                e["file"], e["line"]))
    for entry in entries:
        learner, test_loc = _frames(entry, place, tests_set)
        status = {"passed": Status.PASS, "failed": Status.FAIL}.get(entry["outcome"], Status.FAIL)
        if entry["outcome"] == "skipped":
            continue
        if entry["when"] != "call" and status is Status.FAIL:
            status = Status.ERROR
        facts = failure_facts(entry, place, learner, test_loc) \
            if status is not Status.PASS and entry["when"] == "call" else None
        if facts is not None and learner is None:
            # a wrong value: the line that returned it, else the definition the test calls
            learner = facts.returned_at or source.definition_of_called(
                "python", place, test_loc, learner_files) or defined_at(entry, place, test_loc)
            if learner is not None and "frame" in facts.missing:
                facts = replace(facts, missing=tuple(m for m in facts.missing if m != "frame"))
        result = TestResult(
            name=entry["name"], status=status, message=entry.get("message"),
            output=truncate_output(entry.get("output")), test_code=entry.get("test_code"),
            error_type=entry.get("error_type"), learner_location=learner,
            test_location=test_loc, facts=facts,
        )
        if status is not Status.PASS and learner is None:
            found = source.definition_of_called("python", place, test_loc, learner_files)
            if found:
                result = replace(result, learner_location=found)
        tests.append(result)
    if not tests:
        return RunResult(Status.ERROR, "no tests were collected", duration_seconds=duration)
    overall = Status.PASS if all(t.status is Status.PASS for t in tests) else Status.FAIL
    return RunResult(overall, tests=tuple(tests), duration_seconds=duration)
