"""The two places tests can run, behind one interface, and the choice between them.

`runner = auto` uses Docker when an engine answers (probed with the docker SDK, which fails in
milliseconds when there is none) and the local sandbox otherwise. Each backend describes the
isolation it really gives, for `temper doctor`.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import sys
import threading
import time
from pathlib import Path
from typing import Protocol

from temper.runner import coverage_tools, sandbox
from temper.runner.job import Completed, Job, Place
from temper.runner.sandbox import Limits

PROBE_AGAIN_SECONDS = 30.0
NO_ENGINE = ("runner = docker, but no Docker engine answers (start one, e.g. "
             "`eval \"$(scripts/start-docker)\"`, or set DOCKER_HOST); or use runner = auto")


class Backend(Protocol):
    name: str

    def scratch_parent(self) -> str | None: ...

    def place(self, scratch: Path, workdir: Path, out: Path) -> Place: ...

    async def run(self, job: Job, place: Place, scratch: Path, timeout: float, limits: Limits,
                  language: str) -> list[Completed]: ...

    def isolation(self) -> dict[str, str]: ...


class LocalBackend:
    name = "local"

    def scratch_parent(self) -> str | None:
        return None

    def place(self, scratch: Path, workdir: Path, out: Path) -> Place:
        return Place(workdir, workdir, out)

    async def run(self, job: Job, place: Place, scratch: Path, timeout: float, limits: Limits,
                  language: str) -> list[Completed]:
        return await sandbox.run_job(job, place, scratch, timeout, limits)

    def isolation(self) -> dict[str, str]:
        kind = sandbox.confinement()
        grouped = sandbox.cgroups_available()
        limits = Limits()
        wrapped = {
            "bwrap": ("blocked: a new, empty network namespace (bubblewrap)",
                      "read-only view of the system; private /tmp and /run; your home folder "
                      "replaced by an empty one with only the toolchains put back read-only; "
                      "writes land in a throwaway copy of the exercise",
                      "own PID namespace: the tests cannot see or signal Temper or anything "
                      "else"),
            "landlock": (("blocked: a new network namespace (unshare --net)"
                          if sandbox.unshare_works() else
                          "NOT blocked: unshare does not work here (install bubblewrap)"),
                         ("confined by Landlock (no bubblewrap needed): the system readable; "
                          "your home folder, /tmp, /run and TEMPER_HOME unreadable except the "
                          "toolchains; writes only in a throwaway copy of the exercise"),
                         ("own PID namespace (unshare --pid)" if sandbox.unshare_works() else
                          "NOT separated: the tests could signal your other processes")),
            "unshare": ("blocked: a new network namespace (unshare --net)",
                        ("NOT confined: the tests can read and write anything your user can "
                         "(neither bubblewrap nor Landlock works here); they start in a "
                         "throwaway copy"),
                        "own PID namespace (unshare --pid)"),
            "none": ("NOT blocked: neither bubblewrap nor unshare works here",
                     "NOT confined: the tests can read and write anything your user can; they "
                     "start in a throwaway copy",
                     "NOT separated: the tests could signal your other processes"),
        }[kind]
        if grouped:
            processes = f"at most {limits.processes} processes (a pids control group)"
            memory = f"{limits.memory_bytes >> 20} MiB (a memory control group)"
        elif os.getuid() != 0:
            processes = (f"at most {limits.processes} more processes of your user "
                         "(RLIMIT_NPROC)")
            memory = f"{limits.memory_bytes >> 20} MiB of address space (RLIMIT_AS)"
        else:
            processes = ("NOT limited: running as root without a usable control group, and "
                         "RLIMIT_NPROC does not bind root")
            memory = f"{limits.memory_bytes >> 20} MiB of address space (RLIMIT_AS)"
        return {
            "confinement": kind, "network": wrapped[0], "filesystem": wrapped[1],
            "processes": f"{processes}; {wrapped[2]}", "memory": memory,
            "cpu": f"{limits.cpu_seconds} s of CPU time (RLIMIT_CPU); a wall-clock timeout "
                   "kills every process of the run",
            "files": f"files up to {limits.file_bytes >> 20} MiB, {limits.open_files} open "
                     "files; output capped at "
                     f"{limits.output_bytes // 1000} kB",
            "environment": "scrubbed: only PATH, LANG, LC_ALL, TZ pass; no keys or tokens",
            "user": "your own user" + (" (root: confinement relies on the read-only mounts "
                                       "above)" if os.getuid() == 0 else ""),
        }


_local = LocalBackend()
_docker = None
_probed_at = 0.0
_probing = threading.Lock()


def _probe():
    """The Docker backend if an engine answers, else None (asked at most every 30 s; a probe
    under way is waited for, not repeated)."""
    global _docker, _probed_at
    with _probing:
        if _docker is not None:
            return _docker
        if _probed_at and time.monotonic() - _probed_at < PROBE_AGAIN_SECONDS:
            return None
        from temper.runner.docker_backend import DockerBackend

        _docker = DockerBackend.connect()
        _probed_at = time.monotonic()
        return _docker


async def choose(setting: str) -> Backend | str:
    """The backend for a run, or a message saying why the configured one cannot be used."""
    if setting == "local":
        return _local
    found = _docker or await asyncio.to_thread(_probe)
    if found is not None:
        return found
    if setting == "docker":
        return NO_ENGINE
    return _local


def toolchains() -> dict[str, str]:
    """Each language's test tool, or what is missing."""
    from temper.runner import java, node

    cargo = shutil.which("cargo") or str(Path.home() / ".cargo" / "bin" / "cargo")
    found = {"python": sys.executable, "javascript": shutil.which("node"),
             "go": shutil.which("go"), "rust": cargo if Path(cargo).exists() else None,
             "c": shutil.which("gcc")}
    tools = {language: tool or "MISSING" for language, tool in found.items()}
    if found["rust"]:
        tools["rust"] += f"; {coverage_tools.rust_coverage()}"
    tools["java"] = java.toolchain()
    if not tools["java"].startswith("MISSING"):
        missing = coverage_tools.jacoco_missing()
        tools["java"] += "; " + (f"no per-test coverage in localization (needs {missing})"
                                 if missing else "per-test coverage in localization with JaCoCo")
    try:
        tools["typescript"] = node.typescript_node()
    except node.MissingNode as exc:
        tools["typescript"] = f"MISSING: {exc}"
    return tools


def describe(setting: str) -> dict:
    """What `temper doctor` shows: the active backend and its isolation, honestly, and the
    toolchains it would use."""
    chosen = _local if setting == "local" else (_probe() or (NO_ENGINE if setting == "docker"
                                                              else _local))
    if isinstance(chosen, str):
        return {"backend": None, "setting": setting, "problem": chosen, "isolation": {},
                "fallback": _local.isolation(), "toolchains": toolchains()}
    return {"backend": chosen.name, "setting": setting, "isolation": chosen.isolation(),
            "toolchains": toolchains()}

