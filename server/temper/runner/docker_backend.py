"""The Docker backend: tests run in a warm, locked-down container per language.

No registry is reachable, so the images are built locally: an almost empty root file system
(a passwd entry for `nobody`, mount points, the /bin and /lib links) imported once per language,
with the host's /usr and the toolchain folders bound read-only. Each container has no network,
a read-only root, a tmpfs work dir, user nobody, pids/memory/CPU limits, no capabilities and
no-new-privileges. A run copies the exercise into the tmpfs and executes the steps; its results
return at once while a thread kills whatever the tests left behind, and the next run in that
container waits for that cleanup. The container stays warm for the next run. Containers carry
labels (managed-by=temper, workspace, created, owner pid), so ones whose owner died are removed
at start and every few minutes.
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import io
import os
import socket
import tarfile
import threading
import time
import uuid
from pathlib import Path

import docker
from docker.errors import APIError, DockerException, ImageNotFound, NotFound
from docker.types import Ulimit

from temper.runner import sandbox
from temper.runner.job import Completed, Job, Place
from temper.runner.sandbox import Limits

LABEL = "managed-by"
MANAGER = "temper"
IMAGE = "temper-runner"
IMAGE_VERSION = 3  # bump when _rootfs changes
USER = "65534:65534"
RUN_DIR = Path("/work")
SWEEP_EVERY_SECONDS = 300.0
CONTAINER_TMP = "/tmp"
# PID 1: keeps the container up and reaps the zombies that killed runs leave (they would hold
# pids); `kill -9 -1` cannot touch PID 1, and only ends its sleep, which it restarts.
KEEPER = "trap '' TERM INT HUP; while :; do sleep 3600 & wait; done"
FALLBACK_SOCKET = Path(os.environ.get("TEMPER_DOCKER_DIR")
                       or Path.home() / ".cache" / "temper-docker") / "docker.sock"


def _rootfs() -> bytes:
    """The image's whole file system: mount points, merged-/usr links and a passwd file."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as tar:
        # /sbin is a real folder: the engine mounts its init (docker-init) there
        for folder in ("tmp", "work", "etc", "proc", "dev", "sys", "usr", "root", "home", "sbin"):
            info = tarfile.TarInfo(folder)
            info.type = tarfile.DIRTYPE
            info.mode = 0o1777 if folder in ("tmp", "work") else 0o755  # tmpfs copies the mode
            tar.addfile(info)
        for link, target in (("bin", "usr/bin"), ("lib", "usr/lib"), ("lib64", "usr/lib64")):
            info = tarfile.TarInfo(link)
            info.type, info.linkname = tarfile.SYMTYPE, target
            tar.addfile(info)
        for name, text in (("etc/passwd", "nobody:x:65534:65534:nobody:/tmp:/usr/sbin/nologin\n"),
                           ("etc/group", "nogroup:x:65534:\n")):
            data = text.encode()
            info = tarfile.TarInfo(name)
            info.size, info.mode = len(data), 0o644
            tar.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def _owner_alive(labels: dict[str, str]) -> bool:
    if labels.get("temper.host") != socket.gethostname():
        return True  # another machine's container: not ours to judge
    try:
        os.kill(int(labels.get("temper.pid", "0")), 0)
        return True
    except (ValueError, ProcessLookupError):
        return False
    except PermissionError:
        return True


class DockerBackend:
    name = "docker"

    def __init__(self, client: docker.DockerClient):
        self.client = client
        self.api = client.api
        self.warm: dict[tuple, object] = {}  # (language, tools) -> container
        self.lock = threading.Lock()
        self.busy: dict[str, threading.Lock] = {}
        self.swept_at = 0.0
        self.exchange = sandbox.cache_root() / "docker-exchange"
        self.exchange.mkdir(parents=True, exist_ok=True)
        self.exchange.chmod(0o711)
        self.sweep()
        atexit.register(self.close)

    @classmethod
    def connect(cls) -> DockerBackend | None:
        """The backend if an engine answers: DOCKER_HOST or the default socket, then the one
        scripts/start-docker runs. The SDK fails within milliseconds when nothing listens."""
        attempts = [lambda: docker.from_env(timeout=10)]
        if not os.environ.get("DOCKER_HOST") and FALLBACK_SOCKET.exists():
            attempts.append(lambda: docker.DockerClient(base_url=f"unix://{FALLBACK_SOCKET}",
                                                        timeout=10))
        for attempt in attempts:
            try:
                client = attempt()
                client.ping()
                return cls(client)
            except DockerException:
                continue
        return None

    # -- lifecycle ---------------------------------------------------------------------------

    def sweep(self) -> int:
        """Remove Temper's containers whose owning process is gone (a crash, a kill -9)."""
        self.swept_at = time.monotonic()
        removed = 0
        for container in self.client.containers.list(all=True, filters={"label": f"{LABEL}={MANAGER}"}):
            if not _owner_alive(container.labels):
                with contextlib.suppress(APIError):
                    container.remove(force=True)
                    removed += 1
        return removed

    def close(self) -> None:
        """Remove this process's warm containers."""
        with self.lock:
            for container in self.warm.values():
                with contextlib.suppress(DockerException):
                    container.remove(force=True)
            self.warm.clear()

    def image(self, language: str) -> str:
        tag = f"{IMAGE}:{language}-{IMAGE_VERSION}"
        try:
            self.client.images.get(tag)
        except ImageNotFound:
            self.api.import_image_from_data(
                _rootfs(), repository=IMAGE, tag=f"{language}-{IMAGE_VERSION}",
                changes=[f"LABEL {LABEL}={MANAGER}", f"LABEL temper.language={language}",
                         f"USER {USER}", f"WORKDIR {RUN_DIR}", "ENV HOME=/tmp"])
        return tag

    def _container(self, job: Job, language: str, place: Place, limits: Limits):
        key = (language, job.tools, job.address_space_factor)
        with self.lock:
            container = self.warm.get(key)
            if container is not None:
                try:
                    container.reload()
                    if container.status == "running":
                        return container
                except NotFound:
                    pass
                self.warm.pop(key, None)
            address_space = limits.memory_bytes * 4 * job.address_space_factor
            volumes = {"/usr": {"bind": "/usr", "mode": "ro"},
                       "/etc/alternatives": {"bind": "/etc/alternatives", "mode": "ro"},
                       str(self.exchange): {"bind": str(self.exchange), "mode": "rw"}}
            for tool in job.tools:
                tool = tool.resolve()
                if not (tool == Path("/usr") or tool.is_relative_to("/usr")):
                    volumes[str(tool)] = {"bind": str(tool), "mode": "ro"}
            container = self.client.containers.run(
                self.image(language), ["sh", "-c", KEEPER], detach=True,
                name=f"temper-{language}-{os.getpid()}-{uuid.uuid4().hex[:6]}",
                network_mode="none", read_only=True, user=USER, working_dir=str(RUN_DIR),
                tmpfs={str(RUN_DIR): "rw,exec,nosuid,nodev,size=64m,mode=1777",
                       CONTAINER_TMP: "rw,exec,nosuid,nodev,size=512m,mode=1777"},
                volumes=volumes, mem_limit=limits.memory_bytes,
                memswap_limit=limits.memory_bytes, pids_limit=limits.processes,
                nano_cpus=1_000_000_000, cap_drop=["ALL"], security_opt=["no-new-privileges"],
                ulimits=[Ulimit(name="nofile", soft=limits.open_files, hard=limits.open_files),
                         Ulimit(name="fsize", soft=limits.file_bytes, hard=limits.file_bytes),
                         Ulimit(name="core", soft=0, hard=0),
                         Ulimit(name="as", soft=address_space, hard=address_space)],
                labels={LABEL: MANAGER, "temper.workspace": str(place.workdir),
                        "temper.created": str(int(time.time())), "temper.pid": str(os.getpid()),
                        "temper.host": socket.gethostname(), "temper.language": language})
            self.warm[key] = container
            return container

    # -- one run -----------------------------------------------------------------------------

    def _exec(self, container, argv: list[str], env: dict[str, str], cap: int,
              workdir: str = str(RUN_DIR)) -> tuple[int | None, str, str]:
        created = self.api.exec_create(container.id, argv, user=USER, environment=env,
                                       workdir=workdir)
        out, err = bytearray(), bytearray()
        for chunk_out, chunk_err in self.api.exec_start(created["Id"], stream=True, demux=True):
            if chunk_out and len(out) < cap:
                out += chunk_out[: cap - len(out)]
            if chunk_err and len(err) < cap:
                err += chunk_err[: cap - len(err)]
        code = self.api.exec_inspect(created["Id"]).get("ExitCode")
        return code, out.decode("utf-8", "replace"), err.decode("utf-8", "replace")

    def _reap(self, container) -> None:
        """Kill everything the run left behind (all but the container's init); a container
        that cannot be cleaned (a fork bomb holding every pid) is removed instead."""
        with contextlib.suppress(DockerException):
            self._exec(container, ["sh", "-c", "kill -9 -1 2>/dev/null; true"], {}, 1000, "/")
        try:
            for _ in range(20):
                left = [p for p in container.top().get("Processes") or []
                        if "sleep 3600" not in p[-1] and KEEPER not in p[-1]]
                if not left:
                    return
                time.sleep(0.05)
        except DockerException:
            pass
        self._discard(container)

    def _discard(self, container) -> None:
        with self.lock:
            for key, warm in list(self.warm.items()):
                if warm.id == container.id:
                    del self.warm[key]
        with contextlib.suppress(DockerException):
            container.remove(force=True)

    def scratch_parent(self) -> str | None:
        return str(self.exchange)

    def place(self, scratch: Path, workdir: Path, out: Path) -> Place:
        for folder in (scratch, out):
            folder.chmod(0o777)
        for path in [workdir, *workdir.rglob("*")]:  # readable by the container's user
            path.chmod(0o755 if path.is_dir() else 0o644)
        return Place(workdir, RUN_DIR, out)

    def isolation(self) -> dict[str, str]:
        limits = Limits()
        return {
            "confinement": "docker", "network": "blocked: network_mode none",
            "filesystem": "read-only root holding only /usr and the toolchains (read-only); "
                          "the exercise is copied into a tmpfs work dir; your home folder and "
                          "everything else on the machine are absent",
            "processes": f"at most {limits.processes} processes (pids limit); own PID namespace",
            "memory": f"{limits.memory_bytes >> 20} MiB, no swap (memory limit)",
            "cpu": "one CPU (nano_cpus); a wall-clock timeout kills every process of the run",
            "files": f"files up to {limits.file_bytes >> 20} MiB, {limits.open_files} open "
                     f"files; output capped at {limits.output_bytes // 1000} kB",
            "environment": "scrubbed: only PATH, LANG, LC_ALL, TZ pass; no keys or tokens",
            "user": "nobody (65534), all capabilities dropped, no-new-privileges",
        }

    def _ready(self, job: Job, place: Place, limits: Limits, language: str):
        """A running container for the job (not counted against the tests' time)."""
        if time.monotonic() - self.swept_at > SWEEP_EVERY_SECONDS:
            self.sweep()
        return self._container(job, language, place, limits)

    def _run_sync(self, holder: list, job: Job, place: Place, limits: Limits, timeout: float,
                  cancelled: threading.Event, language: str) -> list[Completed]:
        for attempt in (1, 2):
            container = holder[0]
            busy = self.busy.setdefault(container.id, threading.Lock())
            busy.acquire()  # one run at a time, and only once the last one's leftovers are gone
            try:
                code, out, err = self._exec(container, ["sh", "-c", self._prepare(place)], {},
                                            10_000)
            except DockerException as exc:  # removed meanwhile (say, by the last run's reap)
                code, out, err = None, "", str(exc)
            except BaseException:  # the engine went away, or the run was cancelled
                busy.release()
                raise
            if code == 0:
                deadline = time.monotonic() + timeout
                try:
                    return self._steps(container, job, limits, deadline, cancelled)
                finally:  # the results need not wait for the cleanup; the next run does
                    threading.Thread(target=self._reap_then_release, args=(container, busy),
                                     name="temper-docker-reap", daemon=True).start()
            busy.release()
            self._discard(container)  # it cannot even start a process: replace it
            if attempt == 1:
                holder[0] = self._ready(job, place, limits, language)
        return [Completed(code, out, err, 0.0, False)]

    @staticmethod
    def _prepare(place: Place) -> str:
        """Empty the tmpfs work dir and copy the run's files in (timestamps kept for caches)."""
        return (f"mkdir -p {CONTAINER_TMP}/home && find {RUN_DIR} -mindepth 1 -delete && "
                f"cd {place.workdir} && find . -mindepth 1 -maxdepth 1 "
                f"-exec cp -R --preserve=timestamps -t {RUN_DIR} {{}} +")

    def _steps(self, container, job: Job, limits: Limits, deadline: float,
               cancelled: threading.Event) -> list[Completed]:
        env = sandbox.scrubbed_env(dict(job.env), Path(CONTAINER_TMP) / "home")
        env["PATH"] = ":".join(dict.fromkeys([*(str(t / "bin") for t in job.tools),
                                              "/usr/local/bin", "/usr/bin", "/bin"]))
        for variable, name in job.caches.items():
            env[variable] = f"{CONTAINER_TMP}/cache/{name}"
        done: list[Completed] = []
        for step in job.steps:
            if cancelled.is_set():
                break
            started = time.monotonic()
            code, out, err = self._exec(container, step.argv, env, limits.output_bytes)
            timed_out = cancelled.is_set() or time.monotonic() > deadline
            killed = "memory" if code == 137 and not timed_out else None
            done.append(Completed(None if timed_out else code, out, err,
                                  time.monotonic() - started, timed_out, killed))
            if timed_out or (step.stop_on_failure and code != 0):
                break
        return done or [Completed(None, "", "", 0.0, True)]

    def _reap_then_release(self, container, busy: threading.Lock) -> None:
        try:
            self._reap(container)
        finally:
            busy.release()

    async def run(self, job: Job, place: Place, scratch: Path, timeout: float, limits: Limits,
                  language: str) -> list[Completed]:
        cancelled = threading.Event()
        container = await asyncio.to_thread(self._ready, job, place, limits, language)
        holder = [container]
        work = asyncio.ensure_future(asyncio.to_thread(
            self._run_sync, holder, job, place, limits, timeout, cancelled, language))
        try:
            return await asyncio.wait_for(asyncio.shield(work), timeout + 0.5)
        except TimeoutError:
            cancelled.set()
            await asyncio.to_thread(self._stop, holder, job.dump_signal)
            try:
                return await asyncio.wait_for(asyncio.shield(work), 10)
            except (TimeoutError, DockerException):
                return [Completed(None, "", "", timeout, True)]
        except asyncio.CancelledError:
            cancelled.set()
            await asyncio.to_thread(self._stop, holder, False)
            raise

    def _stop(self, holder: list, dump: bool) -> None:
        """End a run that ran out of time or was cancelled, after asking for a stack dump."""
        for container in holder:
            if dump:
                with contextlib.suppress(DockerException):
                    self._exec(container, ["sh", "-c", "pkill -USR1 -f -- '-m pytest'; true"],
                               {}, 1000, "/")
                    time.sleep(sandbox.DUMP_GRACE_SECONDS)
            self._reap(container)
