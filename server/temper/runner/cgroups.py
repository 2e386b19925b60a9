"""A control group per local run: a process-count and a memory limit the kernel enforces.

RLIMIT_NPROC does not bind root, and RLIMIT_AS makes V8 and Go fail to start, so where Temper
may create cgroups (root, cgroup v1 or v2) each run gets its own. Elsewhere `create` returns None
and the sandbox falls back to rlimits, which `temper doctor` reports.
"""

from __future__ import annotations

import contextlib
import os
import signal
import uuid
from dataclasses import dataclass
from pathlib import Path

ROOT = Path("/sys/fs/cgroup")


@dataclass(frozen=True)
class RunCgroup:
    folders: tuple[Path, ...]  # v1: one per controller; v2: one
    v2: bool

    def join_self(self) -> None:
        """Move the calling process (the child, before exec) into the group."""
        pid = str(os.getpid())
        for folder in self.folders:
            (folder / "cgroup.procs").write_text(pid)

    def pids(self) -> set[int]:
        found: set[int] = set()
        for folder in self.folders:
            with contextlib.suppress(OSError, ValueError):
                found |= {int(p) for p in (folder / "cgroup.procs").read_text().split()}
        return found

    def kill_all(self) -> None:
        if self.v2 and (self.folders[0] / "cgroup.kill").exists():
            with contextlib.suppress(OSError):
                (self.folders[0] / "cgroup.kill").write_text("1")
        for _ in range(50):
            left = self.pids()
            if not left:
                return
            for pid in left:
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.kill(pid, signal.SIGKILL)

    def out_of_memory(self) -> bool:
        for folder in self.folders:
            for name in ("memory.events", "memory.oom_control"):
                with contextlib.suppress(OSError):
                    for line in (folder / name).read_text().splitlines():
                        key, _, value = line.partition(" ")
                        if key == "oom_kill" and int(value) > 0:
                            return True
            with contextlib.suppress(OSError, ValueError):
                if int((folder / "memory.failcnt").read_text()) > 0 and not self.v2:
                    return True
        return False

    def remove(self) -> None:
        self.kill_all()
        for folder in self.folders:
            with contextlib.suppress(OSError):
                folder.rmdir()


def _v1(name: str, pids: int, memory: int) -> RunCgroup | None:
    made = []
    try:
        for controller, settings in (("pids", {"pids.max": pids}),
                                     ("memory", {"memory.limit_in_bytes": memory})):
            parent = ROOT / controller / "temper"
            parent.mkdir(exist_ok=True)
            folder = parent / name
            folder.mkdir()
            made.append(folder)
            for key, value in settings.items():
                (folder / key).write_text(str(value))
            swap = folder / "memory.memsw.limit_in_bytes"
            if controller == "memory" and swap.exists():
                swap.write_text(str(memory))
        return RunCgroup(tuple(made), v2=False)
    except OSError:
        for folder in made:
            with contextlib.suppress(OSError):
                folder.rmdir()
        return None


def _v2(name: str, pids: int, memory: int) -> RunCgroup | None:
    parent = ROOT / "temper"
    try:
        parent.mkdir(exist_ok=True)
        (ROOT / "cgroup.subtree_control").write_text("+pids +memory")
        (parent / "cgroup.subtree_control").write_text("+pids +memory")
        folder = parent / name
        folder.mkdir()
    except OSError:
        return None
    try:
        (folder / "pids.max").write_text(str(pids))
        (folder / "memory.max").write_text(str(memory))
        with contextlib.suppress(OSError):
            (folder / "memory.swap.max").write_text("0")
        return RunCgroup((folder,), v2=True)
    except OSError:
        with contextlib.suppress(OSError):
            folder.rmdir()
        return None


def create(pids: int, memory: int) -> RunCgroup | None:
    """A fresh group with these limits, or None where this process may not make one."""
    name = f"run-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    if (ROOT / "cgroup.controllers").exists():
        return _v2(name, pids, memory)
    if (ROOT / "pids").is_dir() and (ROOT / "memory").is_dir():
        return _v1(name, pids, memory)
    return None


def available() -> bool:
    group = create(64, 64 << 20)
    if group is None:
        return False
    group.remove()
    return True
