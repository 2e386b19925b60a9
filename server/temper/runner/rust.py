"""Rust exercises: cargo's JSON messages (compiler errors at their place) and libtest's JSON
events, which stable Rust gives under RUSTC_BOOTSTRAP=1."""

from __future__ import annotations

import json
import os
import re
import shutil
from dataclasses import replace
from pathlib import Path

from temper.core.results import Location, RunResult, Status, TestResult, truncate_output
from temper.runner import source
from temper.runner.job import Completed, Job, Place, Step

PANIC = re.compile(r"panicked at (?P<path>[^\s:]+\.rs):(?P<line>\d+):(?P<col>\d+):\n(?P<msg>.*?)"
                   r"(?:\nstack backtrace:|\nnote: |\Z)", re.DOTALL)
PANIC_HEADER = re.compile(r"^thread '.*' \(?\d*\)? ?panicked at .*$", re.MULTILINE)


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
    env = {"RUSTC_BOOTSTRAP": "1", "RUST_BACKTRACE": "0", "CARGO_TERM_COLOR": "never",
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
    argv = [cargo, "test", "--offline", "--tests", "-Zchecksum-freshness",
            "--message-format=json", "--",
            "-Z", "unstable-options", "--format", "json", "--test-threads=1"]
    return Job([Step(argv)], env=env, tools=_rust_homes(),
               caches={"CARGO_TARGET_DIR": "cargo-target"}, address_space_factor=8)


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
        elif data.get("type") == "test" and data.get("event") in ("ok", "failed", "ignored",
                                                                   "timeout"):
            events.append(data)
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
    for event in events:
        if event["event"] == "ignored":
            continue
        status = Status.PASS if event["event"] == "ok" else Status.FAIL
        stdout = event.get("stdout", "") or ""
        message = learner = test_loc = None
        panic = PANIC.search(stdout)
        if panic:
            message = panic["msg"].strip()
            relpath = source.relative(panic["path"], place) or panic["path"]
            at = Location(relpath, int(panic["line"]), int(panic["col"]))
            if is_test(relpath):
                test_loc = at
            else:
                learner = at
        elif status is Status.FAIL:
            message = "the test did not finish" if event["event"] == "timeout" else \
                stdout.strip()[-500:] or "failed"
        printed = PANIC_HEADER.split(stdout, 1)[0].strip() if stdout else ""
        found = where.get(event["name"])
        result = TestResult(
            name=event["name"], status=status, message=message,
            output=truncate_output(printed) if status is not Status.PASS else None,
            test_code=source.braced_block(source.read_lines(place, found[1]), found[2] - 1)
            if found else None,
            error_type="panic" if panic else None, learner_location=learner,
            test_location=test_loc)
        if status is not Status.PASS and learner is None:
            called = source.definition_of_called(language, place, test_loc, learner_files)
            if called:
                result = replace(result, learner_location=called)
        tests.append(result)
    overall = Status.PASS if all(t.status is Status.PASS for t in tests) else Status.FAIL
    return RunResult(overall, tests=tuple(tests), duration_seconds=completed.duration_seconds)
