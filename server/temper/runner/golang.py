"""Go exercises: `go test -json` events into a RunResult; compiler errors at their place.

Go's -timeout ends the whole test binary; go_watchdog.py (`go test -exec`) gives each test its
own limit instead and runs the binary again for the tests after one that hung or panicked."""

from __future__ import annotations

import json
import re
import shlex
import shutil
import sys
from dataclasses import replace
from pathlib import Path

from temper.core.results import TIMEOUT, Location, RunResult, Status, TestResult, truncate_output
from temper.runner import failure_facts, source
from temper.runner.job import Completed, Job, Place, Step

COMPILER = re.compile(r"^(?:\./)?(?P<path>[^\s:]+\.go):(?P<line>\d+):(?:(?P<col>\d+):)?\s*(?P<msg>.+)$",
                      re.MULTILINE)
REPORTED = re.compile(r"^\s+(?P<path>[\w./-]+\.go):(?P<line>\d+): ?(?P<msg>.*)$")
PANIC_FRAME = re.compile(r"^\s+(?P<path>/\S+\.go):(?P<line>\d+)(?: \+0x[0-9a-f]+)?"
                         r"(?: fp=\S+ sp=\S+ pc=\S+)?$", re.MULTILINE)  # SIGQUIT adds fp, sp, pc
GOROUTINE = re.compile(r"\n\s*\ngoroutine \d+ ")
TIMED_OUT = "panic: test timed out after"
WATCHDOG = Path(__file__).with_name("go_watchdog.py")
# Past this, the watchdog stops the test that was running and the runtime prints every
# goroutine's stack: it fails as Timeout, placed where it was stuck.
TEST_TIMEOUT = "3s"
FRAMEWORK = re.compile(r"^(=== (RUN|PAUSE|CONT)|\s*--- (FAIL|PASS|SKIP)|PASS$|FAIL$|ok\s|FAIL\s)")


def is_test(relpath: str) -> bool:
    return relpath.endswith("_test.go")


def prepare(language: str, place: Place, test_files: list[str]) -> Job:
    go = shutil.which("go")
    if go is None:
        raise FileNotFoundError("Go exercises need the go command (Debian: apt-get install "
                                "golang-go, or scripts/install-runtimes).")
    root = Path(go).resolve().parent.parent
    watchdog = place.out / WATCHDOG.name
    shutil.copy(WATCHDOG, watchdog)
    runner = shlex.join([sys.executable, "-I", "-S", str(watchdog),  # -S: the standard library
                         TEST_TIMEOUT.removesuffix("s")])                # only, a faster start
    python = {Path(p).resolve() for p in (sys.prefix, sys.base_prefix, sys.exec_prefix)}
    # no inlining (-l): a stack taken while a loop is preempted names the learner's own line
    return Job([Step([go, "test", "-json", "-gcflags=-l", "-exec", runner, "./..."])],
               env={"GOPROXY": "off", "GOFLAGS": "-mod=mod", "GOTOOLCHAIN": "local",
                    "CGO_ENABLED": "0", "GOPATH": str(place.out / "gopath")},
               tools=tuple(sorted({root, *python})), caches={"GOCACHE": "go-build"},
               address_space_factor=8)


def _build_error(stderr: str, place: Place) -> RunResult | None:
    for match in COMPILER.finditer(stderr):
        relpath = source.relative(match["path"], place)
        if relpath is None:
            continue
        col = int(match["col"]) if match["col"] else None
        return RunResult(Status.ERROR, f"{relpath}:{match['line']}: {match['msg']}",
                         error_location=Location(relpath, int(match["line"]), col),
                         error_type="CompileError")
    return None


def _running_goroutine(dump: str) -> str:
    """Of a timeout's goroutine dump, the stack of the goroutine that runs a test function
    (the others are the test framework's)."""
    for block in GOROUTINE.split(dump):
        if any(is_test(m["path"]) for m in PANIC_FRAME.finditer(block)) and \
                "testing.(*M)" not in block:
            return block
    return dump


def parse(language: str, place: Place, done: list[Completed], test_files: list[str],
          learner_files: list[str]) -> RunResult:
    completed = done[-1]
    order: list[str] = []
    outcome: dict[str, str] = {}
    output: dict[str, list[str]] = {}
    for line in completed.stdout.splitlines():
        try:
            event = json.loads(line)
        except ValueError:
            continue
        name = event.get("Test")
        if not name:
            continue
        action = event.get("Action")
        if action == "run" and name not in outcome:
            order.append(name)
            outcome[name] = "run"
        elif action in ("pass", "fail", "skip"):
            outcome[name] = action
        elif action == "output":
            output.setdefault(name, []).append(event.get("Output", ""))
    if not order:
        found = _build_error(completed.stderr, place)
        tail = (completed.stderr or completed.stdout).strip()[-1500:]
        result = found or RunResult(Status.ERROR, f"no tests ran (exit {completed.exit_code}): "
                                    f"{tail}")
        return replace(result, duration_seconds=completed.duration_seconds)
    tests = []
    calls = failure_facts.LearnerCalls(language, place, learner_files)
    for name in order:
        has_children = any(other.startswith(name + "/") for other in order)
        lines = output.get(name, [])
        reported = [REPORTED.match(text) for text in lines]
        if has_children and not any(reported):
            continue  # the table test's cases are reported one by one
        if outcome[name] == "skip":
            continue
        status = {"pass": Status.PASS, "fail": Status.FAIL}.get(outcome[name], Status.ERROR)
        text = "".join(lines)
        test_loc = learner = None
        messages, printed = [], []
        for line, match in zip(lines, reported, strict=True):
            if match:
                relpath = source.relative(match["path"], place) or match["path"]
                test_loc = test_loc or Location(relpath, int(match["line"]))
                messages.append(match["msg"])
            elif line.startswith("        ") and messages:
                messages.append(line.strip())  # a multi-line t.Errorf message
            elif not FRAMEWORK.match(line) and "panic:" not in text:
                printed.append(line)
        message = "\n".join(messages) or None
        error_type = None
        if "panic:" in text:
            panic = next(line for line in lines if "panic:" in line)
            message = panic.strip().removesuffix(" [recovered]")
            error_type = "panic"
            if TIMED_OUT in text:
                message = (f"the test did not finish within {TEST_TIMEOUT.removesuffix('s')} s; "
                           "look for a loop that never ends")
                error_type, status = TIMEOUT, Status.FAIL
                text = _running_goroutine(text)
            for match in PANIC_FRAME.finditer(text):
                relpath = source.relative(match["path"], place)
                if relpath is None:
                    continue
                where = Location(relpath, int(match["line"]))
                if is_test(relpath):
                    test_loc = test_loc or where
                elif learner is None:
                    learner = where
        elif outcome[name] == "run":
            message = "the test did not finish"
        top = name.split("/", 1)[0]
        definition = None
        for relpath in test_files:
            number = source.find_line(source.read_lines(place, relpath),
                                      rf"^func\s+{re.escape(top)}\s*\(")
            if number:
                definition = (relpath, number)
                break
        result = TestResult(
            name=name, status=status, message=message if status is not Status.PASS else None,
            output=truncate_output("".join(printed)) if status is not Status.PASS else None,
            test_code=source.braced_block(source.read_lines(place, definition[0]), definition[1])
            if definition else None,
            error_type=error_type, learner_location=learner, test_location=test_loc)
        if status is not Status.PASS and learner is None:
            found = source.definition_of_called(language, place, test_loc, learner_files)
            if found:
                result = replace(result, learner_location=found)
        if status is not Status.PASS:
            raised = error_type is not None
            actual, expected = (None, None) if raised else failure_facts.got_want(message)
            result = failure_facts.attach(
                result, calls, test_loc, top=definition[1] if definition else None,
                message=message, actual=actual, expected=expected,
                exception=message if raised else None)
        tests.append(result)
    if not tests:
        return RunResult(Status.ERROR, "no tests ran", duration_seconds=completed.duration_seconds)
    overall = Status.PASS if all(t.status is Status.PASS for t in tests) else Status.FAIL
    return RunResult(overall, tests=tuple(tests), duration_seconds=completed.duration_seconds)
