"""The profile's faults other than damage: a database locked by another process, a folder that is
read-only. Both are told in one sentence that says what to do; neither loses an acknowledged
write.

`writes` wraps ProfileStore's command-shaped writes. A write that meets a lock is retried with
backoff: in the editor (`store.defer`), event writes that return nothing wait in the store's
ordered queue (see `drain`) so a session opens from memory and the write lands when the lock
goes; elsewhere (the command line) the caller waits up to `store.lock_wait` seconds, then gets
ProfileLocked naming who holds the lock when /proc tells.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import os
import sqlite3
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)
FIRST_BACKOFF, MAX_BACKOFF = 0.2, 5.0


class ProfileError(Exception):
    """A profile fault told to the learner as it is (no traceback)."""


class ProfileLocked(ProfileError):
    pass


class ProfileReadOnly(ProfileError):
    pass


def is_locked(exc: BaseException) -> bool:
    return isinstance(exc, sqlite3.OperationalError) and (
        "locked" in str(exc) or "busy" in str(exc))


def is_read_only(exc: BaseException) -> bool:
    return isinstance(exc, sqlite3.OperationalError) and "readonly" in str(exc)


def lock_holder(path: Path) -> str | None:
    """'pid N (command)' of another process with the database open, when /proc shows one."""
    names = {str(path.resolve()), f"{path.resolve()}-wal", f"{path.resolve()}-shm"}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            if any(os.readlink(fd) in names for fd in (entry / "fd").iterdir()):
                command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").strip()
                return f"pid {entry.name} ({command.decode(errors='replace')[:80]})"
        except OSError:
            continue
    return None


def locked_message(path: Path, waited: float) -> str:
    holder = lock_holder(path)
    by = f" by {holder}" if holder else " by another program"
    return (f"The profile database {path} is locked{by}; waited {waited:.0f} s. Close that "
            "program or try again when it is done.")


def read_only_message(path: Path) -> str:
    return (f"The profile folder {path.parent} is read-only, so Temper cannot save there; set "
            "TEMPER_HOME to a writable folder (for example TEMPER_HOME=~/.temper).")


def writes(deferrable: bool = True) -> Callable:
    """Decorate a ProfileStore write (see the module docstring)."""
    def decorate(method: Callable[..., Awaitable[Any]]) -> Callable[..., Awaitable[Any]]:
        @functools.wraps(method)
        async def write(store: Any, *args: Any, **kwargs: Any) -> Any:
            if store.read_only:
                if store.defer:  # the editor told the learner once, at open
                    log.info("read-only profile: %s not saved", method.__name__)
                    return None
                raise ProfileReadOnly(read_only_message(store.path))
            attempt = functools.partial(method, store, *args, **kwargs)
            if deferrable and store.defer and store.pending:
                store.pending.append((method.__name__, attempt))  # keep the order of writes
                return None
            try:
                return await attempt()
            except sqlite3.OperationalError as exc:
                if is_read_only(exc):
                    raise ProfileReadOnly(read_only_message(store.path)) from None
                if not is_locked(exc):
                    raise
            if deferrable and store.defer:
                log.warning("profile locked: %s waits in the queue", method.__name__)
                store.pending.append((method.__name__, attempt))
                store.start_drain()
                return None
            return await patiently(store, attempt)
        return write
    return decorate


async def patiently(store: Any, attempt: Callable[[], Awaitable[Any]]) -> Any:
    """Retry a locked write with backoff for up to `store.lock_wait` seconds."""
    started, backoff = time.monotonic(), FIRST_BACKOFF
    while True:
        await asyncio.sleep(backoff)
        try:
            return await attempt()
        except sqlite3.OperationalError as exc:
            if not is_locked(exc):
                raise
        waited = time.monotonic() - started
        if waited >= store.lock_wait:
            raise ProfileLocked(locked_message(store.path, waited))
        backoff = min(backoff * 2, MAX_BACKOFF)


async def drain(store: Any) -> None:
    """Land the queued writes in order, waiting out the lock with backoff; a write that fails
    for another reason is logged and dropped."""
    backoff = FIRST_BACKOFF
    while store.pending:
        name, attempt = store.pending[0]
        try:
            await attempt()
        except sqlite3.OperationalError as exc:
            if is_locked(exc):
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, MAX_BACKOFF)
                continue
            log.error("queued profile write %s failed: %s", name, exc)
        except Exception:
            log.exception("queued profile write %s failed", name)
        store.pending.pop(0)
        backoff = FIRST_BACKOFF
        log.info("queued profile write %s landed; %d still queued", name, len(store.pending))
