"""The local sandbox: a child process in a fresh copy of the workspace, with limits and a timeout.

The child gets its own process group, resource limits (CPU time, file size, open files), a
control group for the process count and memory where one can be made (rlimits elsewhere), a
scrubbed environment and capped output. Where bubblewrap works, it also gets a read-only view of
the system with a private /tmp, an empty home (the toolchains put back read-only) and no network;
where only `unshare` works, no network. The whole group is killed as soon as the main process
exits, on timeout and on cancellation.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import os
import resource
import shutil
import signal
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from temper.runner import cache_check, cgroups, confine
from temper.runner.job import Completed, Job, Place

SKIPPED_DIRS = {".temper", ".git", "__pycache__", ".pytest_cache", "node_modules", ".venv",
                "venv", "target"}
MAX_COPY_FILE_BYTES = 2_000_000
DUMP_GRACE_SECONDS = 0.3
KEPT_ENV = ("PATH", "LANG", "LC_ALL", "TZ", "SYSTEMROOT")
UNSHARE = ["unshare", "--net", "--pid", "--fork", "--kill-child", "--map-root-user", "--"]

__all__ = ["Completed", "Limits", "copy_workspace", "run_job", "scrubbed_env"]


@dataclass(frozen=True)
class Limits:
    cpu_seconds: int = 30
    memory_bytes: int = 1 << 30
    file_bytes: int = 16 << 20
    open_files: int = 256
    processes: int = 256
    output_bytes: int = 256_000


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
        if path != target.resolve() and path.is_relative_to(target.resolve()) \
                and not path.is_dir():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")


def scrubbed_env(extra: dict[str, str], home: Path) -> dict[str, str]:
    """Only harmless variables reach learner code: no API keys, tokens or credentials."""
    env = {k: os.environ[k] for k in KEPT_ENV if k in os.environ}
    env.update(HOME=str(home), TMPDIR=str(home), PYTHONDONTWRITEBYTECODE="1",
               PYTHONIOENCODING="utf-8", NO_COLOR="1")
    env.update(extra)
    return env


def cache_root() -> Path:
    """Build caches kept between runs (Go's build cache, cargo's target folders)."""
    import platformdirs

    return Path(os.environ.get("TEMPER_CACHE") or platformdirs.user_cache_dir("temper")) / "runner"


def _works(argv: list[str]) -> bool:
    if shutil.which(argv[0]) is None:
        return False
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        return subprocess.run(argv, capture_output=True, timeout=10, check=False).returncode == 0
    return False


@functools.lru_cache(maxsize=1)
def confinement() -> str:
    """What wraps the child here: 'bwrap' (filesystem, network, processes); 'landlock' (files
    by Landlock, network and processes by `unshare` when it works too: see `unshare_works`);
    'unshare' (network and processes only) or 'none'. Probed once."""
    if _works(["bwrap", "--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc",
               "--tmpfs", "/tmp", "--unshare-all", "--die-with-parent", "--new-session",
               "--cap-drop", "ALL", "--", "true"]):
        return "bwrap"
    if confine.abi() >= 1:
        return "landlock"
    return "unshare" if unshare_works() else "none"


@functools.lru_cache(maxsize=1)
def unshare_works() -> bool:
    return _works([*UNSHARE, "true"])


def hidden_folders() -> list[Path]:
    """What a run must not see: your home, /tmp, /run and TEMPER_HOME (its profile)."""
    hidden = [Path.home().resolve(), Path("/tmp"), Path("/run")]
    temper_home = os.environ.get("TEMPER_HOME")
    if temper_home and Path(temper_home).is_dir():
        hidden.append(Path(temper_home).resolve())
    return [folder for folder in hidden if folder.is_dir()]


@functools.lru_cache(maxsize=1)
def cgroups_available() -> bool:
    return cgroups.available()


def _under(path: Path, folders: list[Path]) -> bool:
    return any(path == f or path.is_relative_to(f) for f in folders)


def _bwrap(argv: list[str], job: Job, place: Place, scratch: Path, caches: list[Path]
           ) -> list[str]:
    hidden = hidden_folders()
    wrapped = ["bwrap", "--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc"]
    for folder in hidden:
        wrapped += ["--tmpfs", str(folder)]
    for tool in job.tools:
        tool = tool.resolve()
        if _under(tool, hidden) and tool.exists():
            wrapped += ["--ro-bind", str(tool), str(tool)]
    for folder in [*caches, scratch]:
        wrapped += ["--bind", str(folder), str(folder)]
    wrapped += ["--unshare-all", "--die-with-parent", "--new-session", "--cap-drop", "ALL",
                "--chdir", str(place.run_dir), "--", *argv]
    return wrapped


def _own_processes() -> int:
    uid, count = os.getuid(), 0
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                count += entry.stat().st_uid == uid
    return count


def _limit(job: Job, limits: Limits, group: cgroups.RunCgroup | None, nproc: int | None,
           rules: confine.Rules | None = None) -> None:
    """In the child, before exec: a new session, the rlimits, the run's control group and its
    Landlock rules."""
    os.setsid()
    address_space = limits.memory_bytes * (1 if group is None else 4) * job.address_space_factor
    values = [(resource.RLIMIT_CPU, limits.cpu_seconds), (resource.RLIMIT_AS, address_space),
              (resource.RLIMIT_FSIZE, limits.file_bytes),
              (resource.RLIMIT_NOFILE, limits.open_files), (resource.RLIMIT_CORE, 0)]
    if nproc is not None:
        values.append((resource.RLIMIT_NPROC, nproc))
    for name, value in values:
        with contextlib.suppress(ValueError, OSError):
            soft = value - 1 if name == resource.RLIMIT_CPU else value  # SIGXCPU first
            resource.setrlimit(name, (soft, value))
    if group is not None:
        group.join_self()
    if rules is not None:
        rules.apply()


async def _read_capped(stream: asyncio.StreamReader, cap: int) -> str:
    kept = bytearray()
    while chunk := await stream.read(65536):
        if len(kept) < cap:
            kept += chunk[: cap - len(kept)]
    return kept.decode("utf-8", errors="replace")


def _descendants(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        with contextlib.suppress(OSError, ValueError, IndexError):
            stat = (entry / "stat").read_text()
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], [root]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


async def _ask_for_stack_dump(proc: asyncio.subprocess.Process) -> None:
    """SIGUSR1 asks a child that registered for it to print where it is stuck (the wrapper,
    if any, is skipped: it would die of the signal)."""
    for pid in [proc.pid, *_descendants(proc.pid)]:
        with contextlib.suppress(OSError):
            if Path(f"/proc/{pid}/comm").read_text().strip() in ("bwrap", "unshare"):
                continue
            os.kill(pid, signal.SIGUSR1)
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(proc.wait(), DUMP_GRACE_SECONDS)


def _kill_group(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signal.SIGKILL)


async def _run_step(argv: list[str], job: Job, place: Place, env: dict[str, str],
                    timeout: float, limits: Limits, scratch: Path, caches: list[Path]
                    ) -> Completed:
    kind, rules = confinement(), None
    if kind == "bwrap":
        argv = _bwrap(argv, job, place, scratch, caches)
    elif kind == "landlock":
        rules = confine.rules(job.tools, [scratch, *caches], hidden_folders(),
                              write_proc=unshare_works())
        argv = [*UNSHARE, *argv] if unshare_works() else argv
    elif kind == "unshare":
        argv = [*UNSHARE, *argv]
    group = cgroups.create(limits.processes, limits.memory_bytes) if cgroups_available() \
        else None
    nproc = None
    if group is None and os.getuid() != 0:
        nproc = _own_processes() + limits.processes  # NPROC counts all of the user's processes
    started = time.monotonic()
    try:
        proc = await asyncio.create_subprocess_exec(
            *argv, cwd=place.run_dir, env=env, stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
            preexec_fn=lambda: _limit(job, limits, group, nproc, rules))
    except BaseException:
        if group is not None:
            group.remove()
        raise
    finally:
        if rules is not None:
            rules.close()
    assert proc.stdout is not None and proc.stderr is not None
    readers = asyncio.gather(_read_capped(proc.stdout, limits.output_bytes),
                             _read_capped(proc.stderr, limits.output_bytes))
    timed_out = False
    try:
        await asyncio.wait_for(proc.wait(), timeout)
    except TimeoutError:
        timed_out = True
        if job.dump_signal:
            await _ask_for_stack_dump(proc)
    finally:
        _kill_group(proc.pid)  # the main process may be gone while its children live on
        if group is not None:
            group.kill_all()
        if proc.returncode is None:
            await proc.wait()
    try:
        stdout, stderr = await asyncio.wait_for(readers, 5)
    except TimeoutError:
        readers.cancel()
        stdout, stderr = "", "output could not be read"
    killed_by = None
    if group is not None:
        killed_by = "memory" if group.out_of_memory() else None
        group.remove()
    return Completed(None if timed_out else proc.returncode, stdout, stderr,
                     time.monotonic() - started, timed_out, killed_by)


async def run_job(job: Job, place: Place, scratch: Path, timeout: float,
                  limits: Limits = Limits()) -> list[Completed]:
    """Run the job's steps in order within one overall timeout; always reap every process."""
    home = scratch / "home"
    home.mkdir(exist_ok=True)
    caches = []
    extra = dict(job.env)
    for variable, name in job.caches.items():
        folder = cache_root() / name
        folder.mkdir(parents=True, exist_ok=True)
        if name in cache_check.VERIFIED:  # an entry an earlier run changed is never reused
            await asyncio.to_thread(cache_check.verify, folder)
        caches.append(folder)
        extra[variable] = str(folder)
    env = scrubbed_env(extra, home)
    deadline = time.monotonic() + timeout
    done: list[Completed] = []
    for step in job.steps:
        left = max(0.1, deadline - time.monotonic())
        completed = await _run_step(step.argv, job, place, env, left, limits, scratch, caches)
        done.append(completed)
        if completed.timed_out or (step.stop_on_failure and completed.exit_code != 0):
            break
    return done
