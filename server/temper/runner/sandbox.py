"""The local sandbox: a child process in a fresh copy of the workspace, with limits and a timeout.

The child gets its own process group, resource limits (CPU time, memory, file size, open files),
a scrubbed environment and capped output. A timeout or a cancellation kills the whole group.
"""

from __future__ import annotations

import asyncio
import os
import resource
import shutil
import signal
import time
from dataclasses import dataclass
from pathlib import Path

SKIPPED_DIRS = {".temper", ".git", "__pycache__", ".pytest_cache", "node_modules", ".venv",
                "venv", "target"}
MAX_COPY_FILE_BYTES = 2_000_000
DUMP_GRACE_SECONDS = 0.3
KEPT_ENV = ("PATH", "LANG", "LC_ALL", "TZ", "SYSTEMROOT")


@dataclass(frozen=True)
class Limits:
    cpu_seconds: int = 30
    memory_bytes: int = 1 << 30
    file_bytes: int = 16 << 20
    open_files: int = 256
    output_bytes: int = 256_000


@dataclass(frozen=True)
class Completed:
    exit_code: int | None
    stdout: str
    stderr: str
    duration_seconds: float
    timed_out: bool


def copy_workspace(source: Path, target: Path, overlays: dict[str, str] | None = None) -> None:
    """Copy the learner's files into `target`, skipping caches, symbolic links and large files.

    `overlays` maps relative paths to unsaved editor text that replaces the file on disk.
    """
    def ignore(folder: str, names: list[str]) -> set[str]:
        skipped = {n for n in names if n in SKIPPED_DIRS}
        for name in names:
            path = Path(folder) / name
            if path.is_symlink():  # may dangle, or lead out of the workspace
                skipped.add(name)
            elif path.is_file() and path.stat().st_size > MAX_COPY_FILE_BYTES:
                skipped.add(name)
        return skipped

    shutil.copytree(source, target, ignore=ignore, symlinks=False, dirs_exist_ok=True)
    for relpath, text in (overlays or {}).items():
        path = (target / relpath).resolve()
        if path.is_relative_to(target.resolve()):
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")


def scrubbed_env(extra: dict[str, str], home: Path) -> dict[str, str]:
    """Only harmless variables reach learner code: no API keys, tokens or credentials."""
    env = {k: os.environ[k] for k in KEPT_ENV if k in os.environ}
    env.update(HOME=str(home), TMPDIR=str(home), PYTHONDONTWRITEBYTECODE="1",
               PYTHONIOENCODING="utf-8", NO_COLOR="1")
    env.update(extra)
    return env


def _apply_limits(limits: Limits) -> None:
    os.setsid()
    for name, value in ((resource.RLIMIT_CPU, limits.cpu_seconds),
                        (resource.RLIMIT_AS, limits.memory_bytes),
                        (resource.RLIMIT_FSIZE, limits.file_bytes),
                        (resource.RLIMIT_NOFILE, limits.open_files),
                        (resource.RLIMIT_CORE, 0)):
        try:
            resource.setrlimit(name, (value, value))
        except (ValueError, OSError):
            pass


async def _read_capped(stream: asyncio.StreamReader, cap: int) -> str:
    kept = bytearray()
    while chunk := await stream.read(65536):
        if len(kept) < cap:
            kept += chunk[: cap - len(kept)]
    return kept.decode("utf-8", errors="replace")


async def _ask_for_stack_dump(proc: asyncio.subprocess.Process) -> None:
    """SIGUSR1 asks a child that registered for it to print where it is stuck."""
    try:
        proc.send_signal(signal.SIGUSR1)
        await asyncio.wait_for(proc.wait(), DUMP_GRACE_SECONDS)
    except (ProcessLookupError, TimeoutError):
        pass


def _kill_group(pid: int) -> None:
    try:
        os.killpg(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


async def run_isolated(argv: list[str], cwd: Path, env: dict[str, str], timeout: float,
                       limits: Limits = Limits()) -> Completed:
    """Run `argv` in `cwd`; always reap the whole process group, even when cancelled."""
    started = time.monotonic()
    proc = await asyncio.create_subprocess_exec(
        *argv, cwd=cwd, env=env, stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        preexec_fn=lambda: _apply_limits(limits),
    )
    assert proc.stdout is not None and proc.stderr is not None
    readers = asyncio.gather(_read_capped(proc.stdout, limits.output_bytes),
                             _read_capped(proc.stderr, limits.output_bytes))
    timed_out = False
    try:
        await asyncio.wait_for(proc.wait(), timeout)
    except TimeoutError:
        timed_out = True
        await _ask_for_stack_dump(proc)
    finally:
        _kill_group(proc.pid)  # the main process may be gone while its children live on
        if proc.returncode is None:
            await proc.wait()
    try:
        stdout, stderr = await asyncio.wait_for(readers, 5)
    except TimeoutError:
        stdout, stderr = "", "output could not be read"
    return Completed(None if timed_out else proc.returncode, stdout, stderr,
                     time.monotonic() - started, timed_out)
