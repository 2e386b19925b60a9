"""Python exercises: the pytest command and the reading of its JSON report into a RunResult."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

from temper.core.results import Location, RunResult, Status, TestResult, truncate_output

PLUGIN = Path(__file__).with_name("pytest_report.py")
PLUGIN_MODULE = "temper_pytest_report"
CALLED_NAME = re.compile(r"\b([A-Za-z_]\w*)\s*\(")


FAULT_FRAME = re.compile(r'^\s*File "(?P<path>[^"]+)", line (?P<line>\d+)', re.MULTILINE)


def command(test_files: list[str]) -> list[str]:
    return [sys.executable, "-m", "pytest", "-q", "--tb=short", "-p", "no:cacheprovider",
            "-p", PLUGIN_MODULE, "-o", "addopts=", "-o", "console_output_style=classic",
            *test_files]


def hang_location(stderr: str, workdir: Path, test_files: list[str]) -> Location | None:
    """The learner's line that was running when the time ran out (innermost frame first)."""
    for match in FAULT_FRAME.finditer(stderr):
        relpath = _relative(match["path"], workdir)
        if relpath and not _is_test_file(relpath, set(test_files)):
            return Location(relpath, int(match["line"]))
    return None


def _relative(path: str, workdir: Path) -> str | None:
    try:
        return Path(path).resolve().relative_to(workdir.resolve()).as_posix()
    except ValueError:
        return None


def _is_test_file(relpath: str, test_files: set[str]) -> bool:
    name = relpath.rsplit("/", 1)[-1]
    return relpath in test_files or name.startswith("test_") or name.endswith("_test.py")


def _frames(entry: dict[str, Any], workdir: Path, test_files: set[str]
            ) -> tuple[Location | None, Location | None]:
    """The deepest frame in the learner's files and the deepest one in a test file."""
    learner = test = None
    for path, line in entry.get("frames", []):
        relpath = _relative(path, workdir)
        if relpath is None or line is None:
            continue
        if _is_test_file(relpath, test_files):
            test = Location(relpath, int(line))
        else:
            learner = Location(relpath, int(line))
    return learner, test


def definition_of_called(test: TestResult, workdir: Path, learner_files: list[str]
                         ) -> Location | None:
    """Where the function named on the failing test line is defined in the learner's files.

    A wrong return value leaves no traceback frame in the learner's code; this points the
    diagnostic at the function under test instead.
    """
    if test.test_location is None:
        return None
    try:
        source = (workdir / test.test_location.path).read_text(encoding="utf-8").splitlines()
        line = source[test.test_location.line - 1]
    except (OSError, IndexError):
        return None
    for name in CALLED_NAME.findall(line):
        pattern = re.compile(rf"^\s*(async\s+)?def\s+{re.escape(name)}\s*\(")
        for relpath in learner_files:
            try:
                lines = (workdir / relpath).read_text(encoding="utf-8").splitlines()
            except (OSError, UnicodeDecodeError):
                continue
            for number, text in enumerate(lines, 1):
                if pattern.match(text):
                    return Location(relpath, number)
    return None


def parse(report: dict[str, Any], workdir: Path, learner_files: list[str],
          test_files: list[str], duration: float) -> RunResult:
    """Turn the plugin's report into a RunResult, tests in the order of the test file."""
    tests_set = set(test_files)
    errors = report.get("errors", [])
    if errors and not report.get("tests"):
        error = errors[0]
        location = None
        if error.get("syntax"):
            path, line, column = error["syntax"]
            relpath = _relative(path or "", workdir)
            if relpath and line:
                location = Location(relpath, int(line), int(column) if column else None)
        if location is None:
            learner, test = _frames(error, workdir, tests_set)
            location = learner or test
        return RunResult(Status.ERROR, error.get("summary") or error.get("message"),
                         error_location=location, error_type=error.get("error_type"),
                         duration_seconds=duration)
    tests = []
    for entry in sorted(report.get("tests", []), key=lambda e: (e["file"], e["line"])):
        learner, test_loc = _frames(entry, workdir, tests_set)
        status = {"passed": Status.PASS, "failed": Status.FAIL}.get(entry["outcome"], Status.FAIL)
        if entry["outcome"] == "skipped":
            continue
        if entry["when"] != "call" and status is Status.FAIL:
            status = Status.ERROR
        result = TestResult(
            name=entry["name"], status=status, message=entry.get("message"),
            output=truncate_output(entry.get("output")), test_code=entry.get("test_code"),
            error_type=entry.get("error_type"), learner_location=learner,
            test_location=test_loc,
        )
        if status is not Status.PASS and learner is None:
            found = definition_of_called(result, workdir, learner_files)
            if found:
                result = TestResult(**{**result.__dict__, "learner_location": found})
        tests.append(result)
    if not tests:
        return RunResult(Status.ERROR, "no tests were collected", duration_seconds=duration)
    overall = Status.PASS if all(t.status is Status.PASS for t in tests) else Status.FAIL
    return RunResult(overall, tests=tuple(tests), duration_seconds=duration)
