"""Shared build caches are verified before a run reuses them.

A run may write the build caches it is given (Go's GOCACHE, the JVM's class-data archive), so a
run could change an entry that later runs trust. The caches checked here are made of entries
that are written once and never rewritten (content-addressed outputs, one archive per JDK and
jar): `verify` keeps a manifest of each entry's size and SHA-256 beside the cache, and before a
run rehashes every entry whose metadata moved since. An entry whose content changed means a run
tampered with the cache (or the disk failed): the whole cache is cleared, and the next run
rebuilds what it needs. An entry that disappeared is fine (the toolchain trims old entries), and
so is a new one: it is hashed and kept from then on.

Go's outputs (`<sha256>-d`) are named by their content, so each is checked against its own
name as well: that catches even an entry written and spoiled within one run. What this does not
catch: another kind of entry a run adds before any run needed it (a cold cache). Runs
under bubblewrap or Landlock cannot reach any other cache or file of the user.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import time
from pathlib import Path

log = logging.getLogger(__name__)
VERIFIED = frozenset({"go-build", "java-cds"})  # caches whose entries are never rewritten
MUTABLE_NAMES = frozenset({"trim.txt", "README"})  # bookkeeping the toolchain rewrites
SETTLE_SECONDS = 5.0  # an entry written this recently may still be being written


def _digest(path: Path) -> str:
    hasher = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            hasher.update(block)
    return hasher.hexdigest()


def _misnamed(path: Path) -> bool:
    """Go names each build output by the SHA-256 of its content (`<hex>-d`), so such an entry
    proves itself, even one written and spoiled within a single run."""
    stem = path.name[:-2] if path.name.endswith("-d") else ""
    if len(stem) != 64 or any(c not in "0123456789abcdef" for c in stem):
        return False
    return _digest(path) != stem


def _manifest_path(folder: Path) -> Path:
    return folder.parent / f".{folder.name}.manifest.json"


def _load(folder: Path) -> dict[str, list]:
    try:
        loaded = json.loads(_manifest_path(folder).read_text())
        return loaded if isinstance(loaded, dict) else {}
    except (OSError, ValueError):
        return {}


def _save(folder: Path, manifest: dict[str, list]) -> None:
    target = _manifest_path(folder)
    partial = target.with_name(f"{target.name}.{os.getpid()}")
    partial.write_text(json.dumps(manifest))
    partial.replace(target)


def verify(folder: Path) -> bool:
    """Check the cache in `folder` against its manifest and record new entries; clear it and
    return False when an entry's content changed."""
    known, seen, now = _load(folder), {}, time.time()
    tampered = []
    for path in (p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()):
        relpath = path.relative_to(folder).as_posix()
        stat = path.stat()
        if _misnamed(path):  # a content-addressed output whose content is not its name
            tampered.append(relpath)
            continue
        if now - stat.st_mtime < SETTLE_SECONDS and relpath not in known:
            continue  # being written by a run right now: hashed next time
        recorded = known.get(relpath)
        marks = [stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns]
        if recorded and recorded[:3] == marks:
            seen[relpath] = recorded
            continue
        digest = _digest(path)
        if recorded and digest != recorded[3] and path.name not in MUTABLE_NAMES:
            tampered.append(relpath)
        seen[relpath] = [*marks, digest]
    if tampered:
        log.warning("build cache %s: %d entries changed after they were written (%s); "
                    "cleared", folder.name, len(tampered), ", ".join(tampered[:3]))
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True, exist_ok=True)
        _save(folder, {})
        return False
    _save(folder, seen)
    return True
