"""JavaScript and TypeScript exercises: node's test runner with Temper's NDJSON reporter.

TypeScript runs through Node's type stripping (Node 22.6 or newer); Node is looked for in
TEMPER_TYPESCRIPT_NODE, then the copy scripts/install-runtimes puts in the test tools folder,
then PATH.

Time limits: node_hang_watch.cjs (preloaded into each test file's process) stops a test stuck in
synchronous code and records where, and node_rerun.py runs that file again for the tests after
it; node's --test-timeout (Node 22 and newer, where it applies to each test) stops one that
waits for ever.
"""

from __future__ import annotations

import functools
import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from temper.core.results import TIMEOUT, Location, RunResult, Status, TestResult, truncate_output
from temper.runner import failure_facts, source
from temper.runner.job import Completed, Job, Place, Step

REPORTER = Path(__file__).with_name("ndjson_reporter.mjs")
REPORT = "TEMPER_NODE_REPORT"  # the file the reporter writes its lines to
HANG_WATCH = Path(__file__).with_name("node_hang_watch.cjs")
RERUN = Path(__file__).with_name("node_rerun.py")
HANG_SECONDS = 3  # one synchronous stretch of a test (an endless loop)
WAIT_SECONDS = 4  # one test, waiting included (--test-timeout, Node 22+)
TEST_TITLE = re.compile(r"\b(?:test|it)(?:\.\w+)?\s*\(\s*(?P<q>[\"'`])(?P<name>.*?)(?P=q)")
SAME_VALUE = {"strictEqual": "==", "equal": "==", "deepStrictEqual": "==", "deepEqual": "==",
              "notStrictEqual": "!=", "notEqual": "!=", "notDeepStrictEqual": "!=",
              "notDeepEqual": "!="}
FRAME = re.compile(r"(?:file://)?(/[^\s():]+):(\d+):(\d+)")
LOAD_ERROR_PLACE = re.compile(r"^(?:file://)?(/[^\s:]+):(\d+)$", re.MULTILINE)
ERROR_LINE = re.compile(r"^(?P<type>[A-Z]\w*(?:Error|Exception))(?: \[\w+\])?: (?P<message>.*)$",
                        re.MULTILINE)
TS_MINIMUM = (22, 6)


class MissingNode(Exception):
    """No Node.js able to run TypeScript was found; the message says what to install."""


def is_test(relpath: str) -> bool:
    name = relpath.rsplit("/", 1)[-1]
    return ".test." in name or ".spec." in name or relpath.startswith("test/")


def tools_folder() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(os.environ.get("TEMPER_TEST_TOOLS") or Path(base) / "temper-test-tools")


@functools.lru_cache(maxsize=8)
def _version(binary: str) -> tuple[int, ...] | None:
    try:
        out = subprocess.run([binary, "--version"], capture_output=True, text=True, timeout=10,
                             check=False).stdout.strip()
        return tuple(int(p) for p in out.lstrip("v").split(".")[:2])
    except (OSError, ValueError, subprocess.TimeoutExpired):
        return None


def typescript_node() -> str:
    """A Node.js binary new enough to strip TypeScript types."""
    candidates = [os.environ.get("TEMPER_TYPESCRIPT_NODE"),
                  str(tools_folder() / "node24" / "bin" / "node"), shutil.which("node")]
    seen = []
    for candidate in filter(None, candidates):
        version = _version(candidate)
        if version is not None:
            seen.append(f"{candidate} is {'.'.join(map(str, version))}")
            if version >= TS_MINIMUM:
                return candidate
    found = "; ".join(seen) or "no node found"
    raise MissingNode(
        "TypeScript exercises need Node.js 22.6 or newer, which runs .ts files directly "
        f"({found}). Install Node 24 with scripts/install-runtimes, or point "
        "TEMPER_TYPESCRIPT_NODE at a node binary.")


def _install_root(binary: str) -> Path:
    """The folder a node binary and its libraries live in (…/bin/node -> …)."""
    return Path(binary).resolve().parent.parent


def prepare(language: str, place: Place, test_files: list[str]) -> Job:
    if language == "typescript":
        node = typescript_node()
        flags = ["--experimental-strip-types", "--disable-warning=ExperimentalWarning"]
    else:
        node = shutil.which("node")
        if node is None:
            raise MissingNode("JavaScript exercises need Node.js (18 or newer) on PATH.")
        flags = []
    node = str(Path(node).resolve())  # the sandbox binds the real install folder
    reporter, watch, rerun = (place.out / f.name for f in (REPORTER, HANG_WATCH, RERUN))
    for script, copy in ((REPORTER, reporter), (HANG_WATCH, watch), (RERUN, rerun)):
        shutil.copy(script, copy)
    version = _version(node) or (0,)
    if version >= (22,):  # older: the limit ends a whole file, not one test
        flags.append(f"--test-timeout={WAIT_SECONDS * 1000}")
    if version >= (20, 14):  # a timer left running (by a stopped test) does not keep it open
        flags.append("--test-force-exit")
    argv = [sys.executable, "-I", "-S", str(rerun), str(place.out),
            node, *flags, "--require", str(watch), "--test", f"--test-reporter={reporter}",
            "--", *test_files]
    python = {Path(p).resolve() for p in (sys.prefix, sys.base_prefix, sys.exec_prefix)}
    return Job([Step(argv)], env={"TEMPER_NODE_HANG_MS": str(HANG_SECONDS * 1000),
                                  "TEMPER_NODE_HANG_OUT": str(place.out),
                                  REPORT: str(place.out / "report.ndjson")},
               tools=tuple(sorted({_install_root(node), *python})), address_space_factor=16)


def _frames(stack: str, place: Place, test_files: set[str]
            ) -> tuple[Location | None, Location | None]:
    """The innermost frame in the learner's files and the innermost one in a test file."""
    learner = test = None
    for path, line, column in FRAME.findall(stack or ""):
        relpath = source.relative(path, place)
        if relpath is None or "node_modules" in relpath:
            continue
        where = Location(relpath, int(line), int(column))
        if relpath in test_files or is_test(relpath):
            test = test or where
        else:
            learner = learner or where
    return learner, test


def _load_error(events: list[dict[str, Any]], place: Place, stderr: str) -> RunResult | None:
    """A test file that could not even load (a syntax error, a missing export): node prints the
    error on the file's stderr and fails the file as a whole."""
    if not any(e.get("kind") == "test" and e["outcome"] == "failed" for e in events):
        return None
    text = "".join(e.get("text") or "" for e in events if e.get("kind") == "stderr") or stderr
    error = ERROR_LINE.search(text)
    if error is None:
        return None
    location = None
    match = LOAD_ERROR_PLACE.search(text)
    if match and (relpath := source.relative(match[1], place)):
        location = Location(relpath, int(match[2]))
    else:
        learner, test = _frames(text, place, set())
        location = learner or test
    return RunResult(Status.ERROR, f"{error['type']}: {error['message']}",
                     error_location=location, error_type=error["type"])


def _hangs(place: Place) -> list[dict[str, Any]]:
    """Tests the hang watch stopped, as events like the reporter's: named from the test source
    (the `test("...")` at or above the test file's frame), with the stack of where they were."""
    found = []
    for path in sorted(place.out.glob("hang-*.json")):
        try:
            frames = json.loads(path.read_text(encoding="utf-8")[:200_000])["frames"]
            stack = "\n".join(f"    at {f['name'] or '<anonymous>'} ({f['url']}:{int(f['line'])}:"
                              f"{int(f['column'])})" for f in frames)
        except (OSError, ValueError, KeyError, TypeError):
            continue
        _, test = _frames(stack, place, set())
        if test is None:
            continue
        lines = source.read_lines(place, test.path)
        for number in range(min(test.line, len(lines)), 0, -1):
            title = TEST_TITLE.search(lines[number - 1])
            if title:
                found.append({"kind": "test", "name": title["name"], "line": number, "column": 1,
                              "file": str(place.run_dir / test.path), "outcome": "failed",
                              "error": {"type": TIMEOUT, "stack": stack, "failureType": "hang",
                                        "message": f"the test did not finish within "
                                        f"{HANG_SECONDS} s; look for a loop that never ends"}})
                break
    return found


def _facts(result: TestResult, error: dict[str, Any], calls: failure_facts.LearnerCalls,
           place: Place, relfile: str | None, line: int) -> TestResult:
    """A failed assertion's two values and operator (the reporter's); any other error is the
    exception. A test with no line of its own (stopped waiting) is read from its first call."""
    compared = error.get("expected") is not None and error.get("actual") is not None
    test_loc = calls.within(result.test_location, relfile, line)
    exception = None
    if not compared:
        exception = result.message if result.error_type == TIMEOUT else \
            f"{result.error_type or 'Error'}: {result.message or ''}".rstrip(": ")
    operator = error.get("operator")
    return failure_facts.attach(
        result, calls, test_loc, top=line or None, actual=error.get("actual"),
        expected=error.get("expected"), comparison=SAME_VALUE.get(operator, operator)
        if compared else None, exception=exception)


def parse(language: str, place: Place, done: list[Completed], test_files: list[str],
          learner_files: list[str]) -> RunResult:
    completed = done[-1]
    events = []
    lines = []
    for report in sorted(place.out.glob("report*.ndjson")):  # then the runs after a hang
        try:
            lines += report.read_text(encoding="utf-8").splitlines()
        except OSError:
            continue
    for line in lines:
        try:
            events.append(json.loads(line))
        except ValueError:
            continue
    hangs = _hangs(place)
    hung = {source.relative(e["file"], place) for e in hangs}
    stopped = {(source.relative(e["file"], place), e["name"]) for e in hangs}
    tested = [e for e in events if e.get("kind") == "test" and not (
        (rel := source.relative(e.get("file") or "", place)) in hung and (
            (e.get("error") or {}).get("failureType") == "cancelledByParent"
            or (rel, e.get("name")) in stopped))]  # tests the stuck one kept from running
    tested += hangs
    order = {path: n for n, path in enumerate(test_files)}
    tests_set = set(test_files)
    leaves = []
    for index, event in enumerate(tested):
        relfile = source.relative(event.get("file") or "", place)
        if event.get("name") == event.get("file") or relfile == event.get("name"):
            continue  # the file itself, not a test
        children = "nesting" in event and any(
            e.get("nesting", 0) > event.get("nesting", 0) and e.get("file") == event.get("file")
            for e in tested[max(0, index - 200):index])
        error = event.get("error") or {}
        if children and error.get("failureType") in (None, "subtestsFailed"):
            continue  # a describe block whose tests are reported one by one
        leaves.append((order.get(relfile or "", len(order)), event.get("line") or 0,
                       event.get("column") or 0, relfile, event))
    leaves.sort(key=lambda item: item[:3])
    printed: dict[str, str] = {}
    for event in events:
        if event.get("kind") == "stdout":
            rel = source.relative(event.get("file") or "", place) or ""
            printed[rel] = printed.get(rel, "") + (event.get("text") or "")
    tests = []
    calls = failure_facts.LearnerCalls(language, place, learner_files)
    for _, line, _, relfile, event in leaves:
        if event["outcome"] == "skipped":
            continue
        error = event.get("error") or {}
        learner, test_loc = _frames(error.get("stack", ""), place, tests_set)
        status = Status.PASS if event["outcome"] == "passed" else Status.FAIL
        if error.get("failureType") == "testTimeoutFailure":
            error = {**error, "type": TIMEOUT, "message": f"the test did not finish within "
                     f"{WAIT_SECONDS} s; look for a loop that never ends or a promise never "
                     "settled"}
        result = TestResult(
            name=event["name"], status=status,
            message=error.get("message", "").strip() or None if status is not Status.PASS
            else None,
            output=truncate_output(printed.get(relfile or "")) if status is not Status.PASS
            else None,
            test_code=source.braced_block(source.read_lines(place, relfile), line)
            if relfile else None,
            error_type=error.get("type") if status is not Status.PASS else None,
            learner_location=learner, test_location=test_loc)
        if status is not Status.PASS and learner is None:
            found = source.definition_of_called(language, place, test_loc, learner_files)
            if found:
                result = replace(result, learner_location=found)
        if status is not Status.PASS:
            result = _facts(result, error, calls, place, relfile, line)
        tests.append(result)
    if not tests:
        failed_load = _load_error(events, place, completed.stderr)
        if failed_load:
            return replace(failed_load, duration_seconds=completed.duration_seconds)
        tail = (completed.stderr or completed.stdout).strip()[-1500:]
        return RunResult(Status.ERROR, f"no tests ran (exit {completed.exit_code}): {tail}",
                         duration_seconds=completed.duration_seconds)
    overall = Status.PASS if all(t.status is Status.PASS for t in tests) else Status.FAIL
    return RunResult(overall, tests=tuple(tests), duration_seconds=completed.duration_seconds)
