"""C exercises: gcc with JSON diagnostics, then the Temper harness's JSON lines.

The harness header (c_harness/temper_test.h) is copied into the work dir at run time; each test
runs in a forked child, so a crash fails only that test.
"""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import replace
from pathlib import Path

from temper.core.results import TIMEOUT, Location, RunResult, Status, TestResult, truncate_output
from temper.runner import failure_facts, source
from temper.runner.job import Completed, Job, Place, Step

HARNESS = Path(__file__).with_name("c_harness") / "temper_test.h"
BINARY = "temper_tests"
PLAIN_ERROR = re.compile(r"^(?P<path>[^\s:]+\.[ch]):(?P<line>\d+):(?:(?P<col>\d+):)?\s*"
                         r"(?:fatal )?error: (?P<msg>.+)$", re.MULTILINE)
LINKER = re.compile(r"undefined reference to [`'‘](?P<name>\w+)")


def is_test(relpath: str) -> bool:
    name = relpath.rsplit("/", 1)[-1]
    return name.startswith("test_") or name == HARNESS.name


def prepare(language: str, place: Place, test_files: list[str]) -> Job:
    gcc = shutil.which("gcc") or shutil.which("cc")
    if gcc is None:
        raise FileNotFoundError("C exercises need gcc (Debian: apt-get install gcc).")
    shutil.copy(HARNESS, place.workdir / HARNESS.name)
    sources = sorted(p.relative_to(place.workdir).as_posix() for p in place.workdir.rglob("*.c"))
    build = [gcc, "-std=c11", "-Wall", "-Wextra", "-g", "-fdiagnostics-format=json",
             "-o", BINARY, *sources, "-lm"]
    return Job([Step(build, "build", stop_on_failure=True), Step([f"./{BINARY}"])],
               tools=(Path(gcc).resolve().parent.parent,))


def _diagnostics(stderr: str) -> list[dict]:
    found = []
    for line in stderr.splitlines():
        if line.startswith("["):
            try:
                found += json.loads(line)
            except ValueError:
                continue
    return found


def _build_error(done: Completed, place: Place) -> RunResult:
    for diagnostic in _diagnostics(done.stderr):
        if diagnostic.get("kind") not in ("error", "fatal error"):
            continue
        location = None
        for spot in diagnostic.get("locations", []):
            caret = spot.get("caret") or {}
            relpath = source.relative(caret.get("file", ""), place)
            if relpath:
                location = Location(relpath, caret["line"], caret.get("column"))
                break
        return RunResult(Status.ERROR, diagnostic.get("message", "compile error"),
                         error_location=location, error_type="CompileError")
    plain = PLAIN_ERROR.search(done.stderr)
    if plain and (relpath := source.relative(plain["path"], place)):
        col = int(plain["col"]) if plain["col"] else None
        return RunResult(Status.ERROR, plain["msg"],
                         error_location=Location(relpath, int(plain["line"]), col),
                         error_type="CompileError")
    linker = LINKER.search(done.stderr)
    if linker:
        return RunResult(Status.ERROR, f"{linker['name']} is declared but never defined "
                         "(undefined reference when linking)", error_type="LinkError")
    tail = done.stderr.strip()[-1500:] or f"exit {done.exit_code}"
    return RunResult(Status.ERROR, f"the build failed: {tail}", error_type="CompileError")


def parse(language: str, place: Place, done: list[Completed], test_files: list[str],
          learner_files: list[str]) -> RunResult:
    duration = sum(d.duration_seconds for d in done)
    if len(done) == 1:
        failed = _build_error(done[0], place)
        return replace(failed, duration_seconds=duration)
    completed = done[-1]
    records, stray = [], []
    for line in completed.stdout.splitlines():
        if line.startswith('{"name"'):
            try:
                records.append((json.loads(line), "".join(stray)))
                stray = []
                continue
            except ValueError:
                pass
        stray.append(line + "\n")
    if not records:
        tail = (completed.stderr or completed.stdout).strip()[-1500:]
        return RunResult(Status.ERROR, f"no tests ran (exit {completed.exit_code}): {tail}",
                         duration_seconds=duration)
    tests = []
    calls = failure_facts.LearnerCalls("c", place, learner_files)
    for record, printed in records:
        name = record.get("name", "?")
        status = {"pass": Status.PASS, "fail": Status.FAIL}.get(record.get("status"),
                                                                Status.ERROR)
        test_loc = block_at = None
        for relpath in [f for f in test_files if f.endswith(".c")]:
            number = source.find_line(source.read_lines(place, relpath),
                                      rf"\bTEST\(\s*{re.escape(name)}\s*\)")
            if number:
                block_at = (relpath, number)
                break
        if record.get("file") and record.get("line"):
            relpath = source.relative(record["file"], place) or record["file"]
            test_loc = Location(relpath, int(record["line"]))
        elif block_at and status is not Status.PASS:
            test_loc = Location(*block_at)
        code = source.braced_block(source.read_lines(place, block_at[0]), block_at[1]) \
            if block_at else None
        learner = call_spot = None
        if status is not Status.PASS and code:
            spots = [Location(block_at[0], block_at[1] + n) for n in range(code.count("\n") + 1)]
            for spot in [test_loc, *spots]:  # the failed check's line, else the first call
                learner = source.definition_of_called("c", place, spot, learner_files)
                if learner:
                    call_spot = spot
                    break
        message = record.get("message")
        error_type = TIMEOUT if record.get("timeout") else "crash" \
            if message and message.startswith("crashed") else None
        result = TestResult(
            name=name, status=status, message=message if status is not Status.PASS else None,
            output=truncate_output(record.get("output") or printed)
            if status is not Status.PASS else None,
            test_code=code, error_type=error_type, learner_location=learner,
            test_location=test_loc)
        if status is not Status.PASS:
            compared = status is Status.FAIL
            result = failure_facts.attach(
                result, calls, call_spot or test_loc, top=block_at[1] if block_at else None,
                actual=record.get("actual"), expected=record.get("expected"),
                comparison="==" if compared and record.get("expected") is not None else None,
                exception=None if compared else message)
        tests.append(result)
    overall = Status.PASS if all(t.status is Status.PASS for t in tests) else Status.FAIL
    return RunResult(overall, tests=tuple(tests), duration_seconds=duration)
