"""Rust exercises: cargo's JSON messages (compiler errors at their place) and libtest's JSON
events, which stable Rust gives under RUSTC_BOOTSTRAP=1.

libtest has no time limit per test, so cargo runs each test binary through rust_watchdog.py
(its target runner, on the interpreter Temper runs on): a test stuck past TEST_TIMEOUT is killed
and reported as Timeout, and the binary runs again for the tests after it."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import sys
from dataclasses import replace
from pathlib import Path

from temper.core.results import TIMEOUT, Location, RunResult, Status, TestResult, truncate_output
from temper.runner import failure_facts, source
from temper.runner.job import Completed, Job, Place, Step

PANIC = re.compile(r"panicked at (?P<path>[^\s:]+\.rs):(?P<line>\d+):(?P<col>\d+):\n(?P<msg>.*?)"
                   r"(?:\nstack backtrace:|\nnote: |\Z)", re.DOTALL)
PANIC_HEADER = re.compile(r"^thread '.*' \(?\d*\)? ?panicked at .*$", re.MULTILINE)
BACKTRACE_FRAME = re.compile(r"^\s+at (?P<path>[^\s:]+\.rs):(?P<line>\d+):(?P<col>\d+)$",
                             re.MULTILINE)
WATCHDOG = Path(__file__).with_name("rust_watchdog.py")
TEST_TIMEOUT = 3  # seconds one test may run


def is_test(relpath: str) -> bool:
    return relpath.startswith("tests/")


def _rust_homes() -> tuple[Path, ...]:
    cargo = shutil.which("cargo") or str(Path.home() / ".cargo" / "bin" / "cargo")
    homes = {Path(cargo).resolve().parent.parent}
    rustup = Path(os.environ.get("RUSTUP_HOME") or Path.home() / ".rustup")
    if rustup.is_dir():
        homes.add(rustup)
    return tuple(sorted(homes))


def prepare(language: str, place: Place, test_files: list[str]) -> Job:
    cargo = shutil.which("cargo") or str(Path.home() / ".cargo" / "bin" / "cargo")
    if not Path(cargo).exists():
        raise FileNotFoundError("Rust exercises need cargo (install Rust with rustup).")
    # a backtrace names the test's line that called into the learner's panicking code
    env = {"RUSTC_BOOTSTRAP": "1", "RUST_BACKTRACE": "1", "CARGO_TERM_COLOR": "never",
           "CARGO_HOME": str(place.out / "cargo-home"),
           "CARGO_NET_OFFLINE": "true"}
    rustup = Path(os.environ.get("RUSTUP_HOME") or Path.home() / ".rustup")
    if rustup.is_dir():
        env["RUSTUP_HOME"] = str(rustup)
    toolchain = os.environ.get("RUSTUP_TOOLCHAIN")
    if toolchain:
        env["RUSTUP_TOOLCHAIN"] = toolchain
    # Content checksums, not mtimes, decide what to rebuild: a copy keeps the files' old mtimes,
    # so after a run of unsaved (newer) text, mtimes alone would reuse the stale build.
    watchdog = place.out / WATCHDOG.name
    shutil.copy(WATCHDOG, watchdog)
    runner = json.dumps([sys.executable, "-I", "-S", str(watchdog), str(TEST_TIMEOUT)])
    argv = [cargo, "test", "--offline", "--tests", "--no-fail-fast", "-Zchecksum-freshness",
            "--message-format=json", "--config", f"target.'cfg(all())'.runner = {runner}", "--",
            "-Z", "unstable-options", "--format", "json", "--test-threads=1"]
    python = {Path(p).resolve() for p in (sys.prefix, sys.base_prefix, sys.exec_prefix)}
    return Job([Step(argv)], env=env, tools=tuple(sorted({*_rust_homes(), *python})),
               caches={"CARGO_TARGET_DIR": target_cache(place)}, address_space_factor=8)


def target_cache(place: Place) -> str:
    """The build cache of this crate alone, named by its manifest: cargo rewrites its target
    folder in place, so a run could spoil what it holds; kept apart, it can spoil only a later
    run of the same crate, which runs the same learner's code in the same sandbox anyway."""
    try:
        manifest = (place.workdir / "Cargo.toml").read_bytes()
    except OSError:
        manifest = b""
    return f"cargo-target/{hashlib.sha256(manifest).hexdigest()[:16]}"


def _compiler_error(messages: list[dict], place: Place) -> RunResult | None:
    for message in messages:
        diagnostic = message.get("message") or {}
        if diagnostic.get("level") != "error":
            continue
        spans = [s for s in diagnostic.get("spans", []) if s.get("is_primary")]
        location = None
        for span in spans:
            relpath = source.relative(span.get("file_name", ""), place)
            if relpath:
                location = Location(relpath, span["line_start"], span["column_start"])
                break
        text = diagnostic.get("message", "error")
        code = (diagnostic.get("code") or {}).get("code")
        return RunResult(Status.ERROR, f"{text} [{code}]" if code else text,
                         error_location=location, error_type="CompileError")
    return None


def _tail(path: str, place: Place) -> str | None:
    """The exercise file an absolute path ends with: a test binary reused from the build cache
    names the folder of the run that built it."""
    parts = Path(path).parts
    for start in range(1, len(parts)):
        candidate = "/".join(parts[start:])
        if (place.workdir / candidate).is_file():
            return candidate
    return None


def _test_frame(stdout: str, place: Place) -> Location | None:
    """The innermost frame in a test file of a panic's backtrace: the line that called in."""
    for frame in BACKTRACE_FRAME.finditer(stdout):
        relpath = source.relative(frame["path"], place) or _tail(frame["path"], place)
        if relpath and is_test(relpath):
            return Location(relpath, int(frame["line"]), int(frame["col"]))
    return None


def _with_facts(result: TestResult, calls: failure_facts.LearnerCalls, place: Place,
                found: tuple[int, str, int] | None, compared: bool) -> TestResult:
    """A failed assert_eq!/assert_ne! gives both sides: `left` is the actual value unless the
    learner's call is the assertion's second argument. Any other panic is the exception."""
    test_loc, message = result.test_location, result.message
    if test_loc is None and found is not None:  # a hang: the test's first learner call
        test_loc = calls.first_in_block(found[1], found[2])
    sides = failure_facts.rust_sides(message) if compared else None
    actual = expected = comparison = None
    if sides:
        comparison, actual, expected = sides
        facts = calls.near(test_loc, found[2] if found else None)
        line = source.read_lines(place, test_loc.path)[test_loc.line - 1] if test_loc else ""
        asserted = failure_facts.call_in(line, f"assert_{'eq' if comparison == '==' else 'ne'}!")
        if facts and asserted and len(asserted[1]) >= 2 and facts[1] in asserted[1][1] \
                and facts[1] not in asserted[1][0]:
            actual, expected = expected, actual
    elif compared:  # assert!(cond, "f(x) should be ..., got ...")
        actual, expected = failure_facts.got_want(message)
    return failure_facts.attach(
        result, calls, test_loc, top=found[2] if found else None, message=message,
        actual=actual, expected=expected, comparison=comparison,
        exception=None if compared else message)


def parse(language: str, place: Place, done: list[Completed], test_files: list[str],
          learner_files: list[str]) -> RunResult:
    completed = done[-1]
    compiler, events = [], []
    for line in completed.stdout.splitlines():
        if not line.startswith("{"):
            continue
        try:
            data = json.loads(line)
        except ValueError:
            continue
        if data.get("reason") == "compiler-message":
            compiler.append(data)
        elif data.get("type") == "test" and data.get("event") in ("ok", "failed", "ignored"):
            events.append(data)  # not libtest's "timeout": a warning, the test goes on
    if not events:
        found = _compiler_error(compiler, place)
        tail = (completed.stderr or completed.stdout).strip()[-1500:]
        result = found or RunResult(Status.ERROR, f"no tests ran (exit {completed.exit_code}): "
                                    f"{tail}")
        return replace(result, duration_seconds=completed.duration_seconds)
    where: dict[str, tuple[int, str, int]] = {}
    for index, relpath in enumerate(test_files):
        lines = source.read_lines(place, relpath)
        for event in events:
            short = event["name"].rsplit("::", 1)[-1]
            number = source.find_line(lines, rf"^\s*(pub\s+)?fn\s+{re.escape(short)}\s*\(")
            if number and event["name"] not in where:
                where[event["name"]] = (index, relpath, number)
    events.sort(key=lambda e: (where.get(e["name"], (len(test_files), "", 0))[0],
                               where.get(e["name"], (0, "", 0))[2]))
    tests = []
    calls = failure_facts.LearnerCalls(language, place, learner_files)
    for event in events:
        if event["event"] == "ignored":
            continue
        status = Status.PASS if event["event"] == "ok" else Status.FAIL
        stdout = event.get("stdout", "") or ""
        message = learner = test_loc = None
        compared, error_type = False, None
        panic = PANIC.search(stdout)
        if panic:
            message, error_type = panic["msg"].strip(), "panic"
            relpath = source.relative(panic["path"], place) or panic["path"]
            at = Location(relpath, int(panic["line"]), int(panic["col"]))
            if is_test(relpath):
                test_loc = at
                # assert!/assert_eq!/panic! in the test; not an unwrap of the learner's Err
                compared = not message.startswith("called `")
            else:
                learner = at
                test_loc = _test_frame(stdout, place)
        elif event.get("temper_timeout"):
            message = (f"the test did not finish within {TEST_TIMEOUT} s; look for a loop that "
                       "never ends")
            error_type = TIMEOUT
        elif status is Status.FAIL:
            message = stdout.strip()[-500:] or "failed"
        printed = PANIC_HEADER.split(stdout, 1)[0].strip() if stdout else ""
        found = where.get(event["name"])
        result = TestResult(
            name=event["name"], status=status, message=message,
            output=truncate_output(printed) if status is not Status.PASS else None,
            test_code=source.braced_block(source.read_lines(place, found[1]), found[2] - 1)
            if found else None,
            error_type=error_type, learner_location=learner, test_location=test_loc)
        if status is not Status.PASS and learner is None:
            called = source.definition_of_called(language, place, test_loc, learner_files)
            if called:
                result = replace(result, learner_location=called)
        if status is not Status.PASS:
            result = _with_facts(result, calls, place, found, compared)
        tests.append(result)
    overall = Status.PASS if all(t.status is Status.PASS for t in tests) else Status.FAIL
    return RunResult(overall, tests=tuple(tests), duration_seconds=completed.duration_seconds)
