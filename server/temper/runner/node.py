"""JavaScript and TypeScript exercises: node's test runner with Temper's NDJSON reporter.

TypeScript runs through Node's type stripping (Node 22.6 or newer); Node is looked for in
TEMPER_TYPESCRIPT_NODE, then the copy scripts/install-runtimes puts in the test tools folder,
then PATH.
"""

from __future__ import annotations

import functools
import json
import os
import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path
from typing import Any

from temper.core.results import Location, RunResult, Status, TestResult, truncate_output
from temper.runner import source
from temper.runner.job import Completed, Job, Place, Step

REPORTER = Path(__file__).with_name("ndjson_reporter.mjs")
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
    reporter = place.out / REPORTER.name
    shutil.copy(REPORTER, reporter)
    argv = [node, *flags, "--test", f"--test-reporter={reporter}",
            f"--test-reporter-destination={place.out / 'report.ndjson'}", *test_files]
    return Job([Step(argv)], tools=(_install_root(node),), address_space_factor=16)


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


def parse(language: str, place: Place, done: list[Completed], test_files: list[str],
          learner_files: list[str]) -> RunResult:
    completed = done[-1]
    events = []
    try:
        lines = (place.out / "report.ndjson").read_text(encoding="utf-8").splitlines()
    except OSError:
        lines = []
    for line in lines:
        try:
            events.append(json.loads(line))
        except ValueError:
            continue
    tested = [e for e in events if e.get("kind") == "test"]
    order = {path: n for n, path in enumerate(test_files)}
    tests_set = set(test_files)
    leaves = []
    for index, event in enumerate(tested):
        relfile = source.relative(event.get("file") or "", place)
        if event.get("name") == event.get("file") or relfile == event.get("name"):
            continue  # the file itself, not a test
        children = any(e.get("nesting", 0) > event.get("nesting", 0) and e.get("file") ==
                       event.get("file") for e in tested[max(0, index - 200):index])
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
    for _, line, _, relfile, event in leaves:
        if event["outcome"] == "skipped":
            continue
        error = event.get("error") or {}
        learner, test_loc = _frames(error.get("stack", ""), place, tests_set)
        status = Status.PASS if event["outcome"] == "passed" else Status.FAIL
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
