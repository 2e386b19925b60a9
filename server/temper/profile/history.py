"""Run history: every test run logged with an immutable snapshot of the learner's files.

A snapshot is a manifest (path -> content hash) stored once per hash of the whole manifest; file
contents are stored once per content hash, so a run that changed one line adds one blob. Both
tables refuse updates, so a learner's path can be replayed exactly (`temper history`).
"""

from __future__ import annotations

import difflib
import hashlib
import json
from typing import TYPE_CHECKING, Any

import aiosqlite

if TYPE_CHECKING:
    from temper.runner.transcript import Transcript

OUTPUT_LIMIT = 4000  # characters of a run's output kept in the log



def _hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def truncated(text: str) -> str:
    if len(text) <= OUTPUT_LIMIT:
        return text
    half = OUTPUT_LIMIT // 2
    return f"{text[:half]}\n… {len(text) - OUTPUT_LIMIT} characters left out …\n{text[-half:]}"


async def insert(db: aiosqlite.Connection, *, at: float, workspace: str, exercise_id: str,
                 language: str, status: str, passed: int, failed: int,
                 transcript: Transcript) -> str:
    """Log one run (inside the caller's transaction); returns its snapshot's hash."""
    manifest = {path: _hash(text) for path, text in sorted(transcript.files.items())}
    await db.executemany("INSERT OR IGNORE INTO file_blobs (hash, content) VALUES (?, ?)",
                         [(manifest[p], t) for p, t in transcript.files.items()])
    encoded = json.dumps(manifest, sort_keys=True)
    snapshot = _hash(encoded)
    await db.execute("INSERT OR IGNORE INTO snapshots (hash, manifest) VALUES (?, ?)",
                     (snapshot, encoded))
    await db.execute(
        "INSERT INTO run_log (at, workspace, exercise_id, language, command, backend, exit_code,"
        " status, passed, failed, duration_seconds, output, snapshot) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (at, workspace, exercise_id, language, transcript.command, transcript.backend,
         transcript.exit_code, status, passed, failed, transcript.duration_seconds,
         truncated(transcript.output), snapshot))
    return snapshot


async def runs(db: aiosqlite.Connection, exercise_id: str | None = None,
               limit: int = 50) -> list[dict[str, Any]]:
    """The most recent runs, oldest first."""
    where, args = ("WHERE exercise_id = ?", (exercise_id,)) if exercise_id else ("", ())
    rows = await db.execute_fetchall(
        f"SELECT id, at, exercise_id, language, command, backend, exit_code, status, passed, "
        f"failed, duration_seconds, snapshot FROM run_log {where} ORDER BY id DESC LIMIT ?",
        (*args, limit))
    keys = ("id", "at", "exercise_id", "language", "command", "backend", "exit_code", "status",
            "passed", "failed", "duration_seconds", "snapshot")
    return [dict(zip(keys, row, strict=True)) for row in reversed(rows)]


async def run(db: aiosqlite.Connection, run_id: int) -> dict[str, Any] | None:
    rows = await db.execute_fetchall("SELECT id, exercise_id, output, snapshot FROM run_log "
                                     "WHERE id = ?", (run_id,))
    if not rows:
        return None
    run_id, exercise_id, output, snapshot = rows[0]
    return {"id": run_id, "exercise_id": exercise_id, "output": output,
            "files": await files(db, snapshot)}


async def files(db: aiosqlite.Connection, snapshot: str) -> dict[str, str]:
    rows = await db.execute_fetchall("SELECT manifest FROM snapshots WHERE hash = ?", (snapshot,))
    if not rows:
        return {}
    manifest = json.loads(rows[0][0])
    found = {}
    for path, digest in manifest.items():
        blob = await db.execute_fetchall("SELECT content FROM file_blobs WHERE hash = ?",
                                         (digest,))
        found[path] = blob[0][0] if blob else ""
    return found


def diff(before: dict[str, str], after: dict[str, str], names: tuple[str, str]) -> str:
    """A unified diff between two snapshots, file by file."""
    chunks = []
    for path in sorted(before.keys() | after.keys()):
        old, new = before.get(path), after.get(path)
        if old == new:
            continue
        chunks += difflib.unified_diff(
            (old or "").splitlines(keepends=True), (new or "").splitlines(keepends=True),
            fromfile=f"{names[0]}/{path}" if old is not None else "/dev/null",
            tofile=f"{names[1]}/{path}" if new is not None else "/dev/null")
    return "".join(line if line.endswith("\n") else line + "\n" for line in chunks)
