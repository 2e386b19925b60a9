"""Run an exercise's tests in the local sandbox and return a structured RunResult."""

from __future__ import annotations

import asyncio
import json
import shutil
import tempfile
from pathlib import Path

from temper.core.results import RunResult, Status
from temper.runner import python
from temper.runner.sandbox import Limits, copy_workspace, run_isolated, scrubbed_env

DEFAULT_TIMEOUT = 10.0


def _learner_files(workdir: Path, test_files: list[str]) -> list[str]:
    return sorted(p.relative_to(workdir).as_posix() for p in workdir.rglob("*.py")
                  if p.relative_to(workdir).as_posix() not in test_files
                  and not p.name.startswith("test_"))


async def run_tests(folder: Path, language: str = "python", test_files: list[str] | None = None,
                    timeout: float = DEFAULT_TIMEOUT, overlays: dict[str, str] | None = None,
                    limits: Limits = Limits()) -> RunResult:
    """Copy `folder`, run its tests in a child process, and read the result.

    Cancelling the awaiting task kills the child's whole process group.
    """
    if language != "python":
        return RunResult(Status.ERROR, f"no runner for {language} exercises yet")
    scratch = Path(tempfile.mkdtemp(prefix="temper-run-"))
    try:
        workdir, plugin_dir, home = scratch / "work", scratch / "plugin", scratch / "home"
        for folder_ in (plugin_dir, home):
            folder_.mkdir()
        await asyncio.to_thread(copy_workspace, folder, workdir, overlays)
        shutil.copy(python.PLUGIN, plugin_dir / f"{python.PLUGIN_MODULE}.py")
        report_path = scratch / "report.json"
        tests = test_files or sorted(p.relative_to(workdir).as_posix()
                                     for p in workdir.rglob("test_*.py"))
        env = scrubbed_env({"PYTHONPATH": str(plugin_dir), "TEMPER_REPORT": str(report_path)},
                           home)
        done = await run_isolated(python.command(tests), workdir, env, timeout, limits)
        if done.timed_out:
            return RunResult(Status.ERROR, f"the tests did not finish within {timeout:g} s; "
                             "look for a loop that never ends", duration_seconds=timeout,
                             timed_out=True, error_type="Timeout",
                             error_location=python.hang_location(done.stderr, workdir, tests))
        try:
            report = json.loads(report_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            tail = (done.stderr or done.stdout).strip()[-1500:]
            return RunResult(Status.ERROR, f"the test run crashed (exit {done.exit_code}): {tail}",
                             duration_seconds=done.duration_seconds)
        return python.parse(report, workdir, _learner_files(workdir, tests), tests,
                            done.duration_seconds)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
