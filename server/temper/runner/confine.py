"""File confinement with Landlock, for a plain install where bubblewrap is missing.

Landlock (Linux 5.13 and later) lets an unprivileged process give up file access for itself and
everything it starts. The rules are built in the server (`rules`) and applied in the child just
before it executes the test command (`Rules.apply`, from the sandbox's preexec step). The child
may then:

- read and execute the system (every top-level folder but the hidden ones: your home, /tmp,
  /run, TEMPER_HOME), plus the toolchains it was told it needs, even under a hidden folder;
- write only its throwaway copy (with its empty home) and /dev/null and the like;
- read, but not write, the shared build caches handed to it read-only.

The `landlock` package (ctypes bindings, MIT) makes the system calls.
"""

from __future__ import annotations

import functools
import logging
import os
from collections.abc import Iterable
from pathlib import Path

log = logging.getLogger(__name__)
WRITABLE_DEVICES = ("/dev/null", "/dev/zero", "/dev/full", "/dev/tty", "/dev/pts",
                    "/dev/random", "/dev/urandom")


@functools.lru_cache(maxsize=1)
def abi() -> int:
    """The kernel's Landlock ABI version; 0 when Landlock is missing or disabled."""
    try:
        from landlock import landlock_abi_version

        return int(landlock_abi_version())
    except Exception as exc:  # noqa: BLE001 - not Linux, too old, disabled: no Landlock
        log.info("Landlock unavailable: %s", exc)
        return 0


class Rules:
    """A Landlock ruleset ready to apply in a forked child (see `rules`)."""

    def __init__(self, ruleset) -> None:
        from landlock.plumbing import get_prctl, get_restrict_self

        self.ruleset = ruleset
        self._prctl, self._restrict = get_prctl(), get_restrict_self()  # resolved before fork

    def apply(self) -> None:
        """In the child, before exec: no new privileges, then the ruleset for good."""
        self._prctl(38, 1, 0, 0, 0)  # PR_SET_NO_NEW_PRIVS
        self._restrict(self.ruleset._fd, 0)

    def close(self) -> None:
        """In the server, once the child has started: the ruleset's descriptor is not needed."""
        os.close(self.ruleset._fd)


def readable_roots(hidden: Iterable[Path]) -> list[Path]:
    """Every folder and file below / that hides nothing: the top-level entries, except that a
    folder holding a hidden one is opened up and its other entries taken instead."""
    hidden = {h.resolve() for h in hidden}
    found, todo = [], [Path("/")]
    while todo:
        folder = todo.pop()
        try:
            entries = sorted(folder.iterdir())
        except OSError:
            continue
        for entry in entries:
            if entry in hidden or entry.is_symlink():
                continue
            if any(h.is_relative_to(entry) for h in hidden):
                todo.append(entry)
            else:
                found.append(entry)
    return found


def rules(readable: Iterable[Path], writable: Iterable[Path], hidden: Iterable[Path],
          write_proc: bool = False) -> Rules:
    """The ruleset for one run: see the module docstring. `write_proc` lets `unshare` map its
    user (/proc/self/uid_map); Landlock still keeps the run from tracing any process outside
    its own domain (/proc/PID/mem included), and the user namespace from host sysctls."""
    from landlock import FSAccess, Ruleset

    everything = FSAccess.all()
    read_dir = FSAccess.READ_FILE | FSAccess.READ_DIR | FSAccess.EXECUTE
    read_file = FSAccess.READ_FILE | FSAccess.EXECUTE
    write_file = FSAccess.all_file()
    ruleset = Ruleset(restrict_rules=everything)

    def allow(path: Path, on_dir, on_file) -> None:
        try:
            ruleset.allow(path, rules=on_dir if path.is_dir() else on_file)
        except OSError as exc:  # gone since it was listed, or a special file
            log.debug("no Landlock rule for %s: %s", path, exc)

    for path in [*readable_roots(hidden), *readable]:
        if path.exists():
            allow(path, read_dir, read_file)
    for name in WRITABLE_DEVICES:
        if os.path.exists(name):
            allow(Path(name), read_dir | FSAccess.WRITE_FILE, read_file | FSAccess.WRITE_FILE)
    if write_proc:
        allow(Path("/proc"), read_dir | FSAccess.WRITE_FILE, read_file | FSAccess.WRITE_FILE)
    for path in writable:
        allow(path, everything, write_file)
    return Rules(ruleset)
