"""Run an exercise's tests in a sandbox and return a structured RunResult.

`run_tests` is the one entry point (editor, command line, spec validation): it copies the folder,
asks the language's adapter for a job, hands the job to a backend (Docker or the local sandbox)
and asks the adapter to read what came back.
"""

from __future__ import annotations

import asyncio
import os
import shlex
import shutil
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path
from types import ModuleType

from temper.core.languages import SUFFIXES
from temper.core.results import RunResult, Status
from temper.runner import backends, c, golang, java, node, python, rust
from temper.runner.job import Completed
from temper.runner.sandbox import Limits, copy_workspace
from temper.runner.transcript import Transcript, read_files

DEFAULT_TIMEOUT = 10.0


@dataclass(frozen=True)
class Language:
    adapter: ModuleType
    suffixes: tuple[str, ...]


_ADAPTERS = {"python": python, "javascript": node, "typescript": node, "go": golang,
             "rust": rust, "c": c, "java": java}
LANGUAGES = {name: Language(_ADAPTERS[name], SUFFIXES[name]) for name in _ADAPTERS}


def _files(workdir: Path, language: Language) -> list[str]:
    return sorted(p.relative_to(workdir).as_posix() for p in workdir.rglob("*")
                  if p.is_file() and p.suffix in language.suffixes)


def _ended(done: list[Completed], timeout: float, limits: Limits) -> RunResult | None:
    """A run the limits ended: out of time or out of memory."""
    last = done[-1]
    if last.timed_out:
        return RunResult(Status.ERROR, f"the tests did not finish within {timeout:g} s; "
                         "look for a loop that never ends", duration_seconds=timeout,
                         timed_out=True, error_type="Timeout")
    if last.killed_by == "memory":
        return RunResult(Status.ERROR, f"the tests used more than {limits.memory_bytes >> 20} MiB "
                         "of memory and were stopped; look for a list or string that keeps "
                         "growing", duration_seconds=last.duration_seconds,
                         error_type="MemoryLimit")
    return None


async def run_tests(folder: Path, language: str = "python", test_files: list[str] | None = None,
                    timeout: float = DEFAULT_TIMEOUT, overlays: dict[str, str] | None = None,
                    limits: Limits = Limits(), backend: str | None = None) -> RunResult:
    """Copy `folder`, run its tests in a sandbox, and read the result.

    `backend` is auto, docker or local (default: TEMPER_RUNNER, else auto). Cancelling the
    awaiting task kills every process of the run.
    """
    result, _ = await execute(folder, language, test_files, timeout, overlays, limits, backend)
    return result


async def execute(folder: Path, language: str = "python", test_files: list[str] | None = None,
                  timeout: float = DEFAULT_TIMEOUT, overlays: dict[str, str] | None = None,
                  limits: Limits = Limits(), backend: str | None = None
                  ) -> tuple[RunResult, Transcript]:
    """`run_tests`, also returning the run's transcript for the history log."""
    spec = LANGUAGES.get(language)
    setting = backend or os.environ.get("TEMPER_RUNNER") or "auto"
    chosen = await backends.choose(setting) if spec else None
    if spec is None or isinstance(chosen, str) or chosen is None:
        message = chosen if isinstance(chosen, str) else f"no runner for {language} exercises yet"
        files = await asyncio.to_thread(read_files, folder)
        return (RunResult(Status.ERROR, message, error_type="RunnerUnavailable"),
                Transcript("", setting, None, 0.0, message, {**files, **(overlays or {})}))
    scratch = Path(tempfile.mkdtemp(prefix="temper-run-", dir=chosen.scratch_parent()))
    try:
        workdir, out = scratch / "work", scratch / "out"
        out.mkdir()
        await asyncio.to_thread(copy_workspace, folder, workdir, overlays)
        files = await asyncio.to_thread(read_files, workdir)
        place = chosen.place(scratch, workdir, out)
        found = _files(workdir, spec)
        tests = list(test_files or [f for f in found if spec.adapter.is_test(f)])
        learner = [f for f in found if f not in tests and not spec.adapter.is_test(f)]
        try:
            job = spec.adapter.prepare(language, place, tests)
        except (node.MissingNode, FileNotFoundError) as exc:
            return (RunResult(Status.ERROR, str(exc), error_type="ToolchainMissing"),
                    Transcript("", chosen.name, None, 0.0, str(exc), files))
        done = await chosen.run(job, place, scratch, timeout, limits, language)
        transcript = Transcript(
            " && ".join(shlex.join(step.argv) for step in job.steps[:len(done)]), chosen.name,
            done[-1].exit_code, sum(d.duration_seconds for d in done),
            "".join(d.stdout + d.stderr for d in done), files)
        ended = _ended(done, timeout, limits)
        if ended is not None:
            locate = getattr(spec.adapter, "hang_location", None)  # where a stuck run was
            if ended.timed_out and locate is not None:
                ended = replace(ended, error_location=locate(done[-1], place, tests, learner))
            return ended, transcript
        return spec.adapter.parse(language, place, done, tests, learner), transcript
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
