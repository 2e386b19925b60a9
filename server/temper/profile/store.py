"""The learner profile in local SQLite: an append-only event log and the projections read from it.

Writes are command-shaped (`start_exercise`, `record_run`, `record_hint`, `record_completion`);
each appends its event and updates the projections in one transaction. A damaged database file
is moved aside (never deleted) and a fresh one is started, with a notice for the learner.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import sqlite3
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import aiosqlite

from temper.core import skill
from temper.core.events import (
    Event,
    ExerciseCompleted,
    ExerciseStarted,
    HintGiven,
    RiskDetected,
    RunRecorded,
    event_from_row,
)
from temper.profile import history, migrations, projections, usage_log
from temper.profile import recall as memory
from temper.profile.locks import drain, is_locked, read_only_message, writes

log = logging.getLogger(__name__)


async def _remember(db: aiosqlite.Connection, event: RunRecorded) -> None:
    if event.status == "pass":
        return
    failure = next((t for t in (event.result or {}).get("tests", []) if t["status"] != "pass"),
                   None)
    await memory.remember(
        db, workspace=event.workspace, exercise_id=event.exercise_id,
        language=event.exercise_id.split("/", 1)[0], at=event.at, error_type=event.error_type,
        message=(failure or {}).get("message") or (event.result or {}).get("message"),
        test_name=(failure or {}).get("name"), commit=False)


def _writable(path: Path) -> bool:
    """Whether the profile can be written: the file if it exists, else the folder it goes in."""
    folder = path.parent
    while not folder.exists():
        folder = folder.parent
    if not os.access(folder, os.W_OK | os.X_OK):
        return False
    return not path.exists() or os.access(path, os.W_OK)


class ProfileStore:
    """One aiosqlite connection to the profile database, with command-shaped writes."""

    def __init__(self, db: aiosqlite.Connection, path: Path, notice: str | None = None,
                 read_only: bool = False):
        self.db, self.path, self.notice, self.read_only = db, path, notice, read_only
        self._writing = asyncio.Lock()  # background writes must not land inside a transaction
        self.defer = False  # the editor: locked event writes wait in `pending` (see locks.py)
        self.lock_wait = 10.0  # elsewhere: how long a locked write waits before ProfileLocked
        self.pending: list[tuple[str, Any]] = []
        self._drain: asyncio.Task | None = None

    def start_drain(self) -> None:
        if self._drain is None or self._drain.done():
            self._drain = asyncio.get_running_loop().create_task(drain(self), name="profile")

    @classmethod
    async def open(cls, path: Path) -> ProfileStore:
        """Open (and migrate) the profile. A read-only folder opens read-only, with a notice;
        a damaged file is moved aside; a lock is not damage and is waited out with backoff."""
        if str(path) != ":memory:" and not _writable(path):
            return cls(await cls._connect_read_only(path), path, read_only_message(path), True)
        path.parent.mkdir(parents=True, exist_ok=True)
        notice = None
        for backoff in (0.2, 0.5, 1.0, 2.0, 0):
            try:
                db = await cls._connect(path)
                break
            except sqlite3.OperationalError as exc:
                if not is_locked(exc) or not backoff:
                    raise  # locked or busy is not damage: never a reason to move the file
                await asyncio.sleep(backoff)
            except sqlite3.DatabaseError:
                aside = path.with_name(f"{path.name}.damaged-{int(time.time())}")
                path.rename(aside)
                for suffix in ("-wal", "-shm"):
                    Path(f"{path}{suffix}").unlink(missing_ok=True)
                notice = (f"The profile database was damaged; it was kept as {aside} and a "
                          "fresh profile was started.")
                db = await cls._connect(path)
                break
        return cls(db, path, notice)

    @staticmethod
    async def _connect_read_only(path: Path) -> aiosqlite.Connection:
        if not path.exists():  # nothing to read yet: an empty profile, in memory
            db = await aiosqlite.connect(":memory:")
            await migrations.migrate(db)
            return db
        db = await aiosqlite.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            await db.execute("SELECT COUNT(*) FROM events")
        except sqlite3.OperationalError:  # a WAL database whose -shm cannot be made here
            await db.close()
            db = await aiosqlite.connect(f"{path.resolve().as_uri()}?immutable=1", uri=True)
        return db

    @staticmethod
    async def _connect(path: Path) -> aiosqlite.Connection:
        db = await aiosqlite.connect(path, timeout=0.2)
        try:
            await db.execute("PRAGMA busy_timeout = 200")  # a lock is waited out with backoff
            (check,) = await (await db.execute("PRAGMA quick_check")).fetchone()
            if check != "ok":
                raise sqlite3.DatabaseError(check)
            await db.execute("PRAGMA journal_mode = WAL")
            await db.execute("PRAGMA foreign_keys = ON")
            await migrations.migrate(db)
        except BaseException:
            await db.close()
            raise
        return db

    async def close(self) -> None:
        if self.pending:  # queued writes get a last, bounded chance to land
            self.start_drain()
            try:
                await asyncio.wait_for(asyncio.shield(self._drain), self.lock_wait)
            except TimeoutError:
                log.error("profile still locked: %d queued writes not saved", len(self.pending))
        if self._drain is not None:
            self._drain.cancel()
        await self.db.close()

    def close_soon(self) -> None:
        """Close from outside the event loop (it may be gone): stops the connection's thread,
        which would otherwise keep the process alive."""
        self.db.stop()

    @asynccontextmanager
    async def _transaction(self) -> AsyncIterator[None]:
        async with self._writing:
            try:
                yield
            except BaseException:
                await self.db.rollback()
                raise
            await self.db.commit()

    async def _append(self, event: Event) -> None:
        await self.db.execute(
            "INSERT INTO events (at, kind, workspace, exercise_id, payload) VALUES (?, ?, ?, ?, ?)",
            (event.at, event.kind, event.workspace, event.exercise_id,
             json.dumps(event.payload())))

    @writes()
    async def start_exercise(self, event: ExerciseStarted) -> None:
        async with self._transaction():
            await self._append(event)
            await projections.refresh_exercise(self.db, event.exercise_id)

    @writes()
    async def record_run(self, event: RunRecorded) -> None:
        """Append the run; update the exercise's counters and, if it counts, concept skills."""
        async with self._transaction():
            await self._append(event)
            await projections.refresh_exercise(self.db, event.exercise_id)
            await projections.observe(self.db, event)

    @writes()
    async def record_hint(self, event: HintGiven) -> None:
        async with self._transaction():
            await self._append(event)
            await projections.refresh_exercise(self.db, event.exercise_id)

    @writes()
    async def record_usage(self, row) -> None:
        """One LLM call (see usage_log and providers.writer.UsageRow)."""
        async with self._transaction():
            await usage_log.record(self.db, row)

    async def llm_calls_since(self, since: float) -> int:
        return await usage_log.calls_since(self.db, since)

    @writes()
    async def record_completion(self, event: ExerciseCompleted) -> None:
        async with self._transaction():
            await self._append(event)
            await projections.refresh_exercise(self.db, event.exercise_id)
            await memory.mark_fixed(self.db, event.workspace, event.exercise_id, event.at,
                                    commit=False)

    @writes()
    async def record_detection(self, event: RiskDetected) -> None:
        async with self._transaction():
            await self._append(event)

    @writes(deferrable=False)
    async def log_run(self, **entry) -> str:
        """Keep a run's command, output and file snapshot (see history.insert)."""
        async with self._transaction():
            return await history.insert(self.db, **entry)

    @writes()
    async def remember_mistake(self, event: RunRecorded) -> None:
        """Keep a failed run's mistake for recall by similarity (slow work: run it queued)."""
        async with self._transaction():
            await _remember(self.db, event)

    @writes(deferrable=False)
    async def rebuild(self) -> None:
        """Recompute every projection from the event log, in one transaction."""
        async with self._transaction():
            await self.db.execute("DELETE FROM exercise_stats")
            await self.db.execute("DELETE FROM concept_skill")
            await memory.forget(self.db, commit=False)
            await projections.refresh_exercise(self.db, None)
            for event in await self._events("kind IN ('run_recorded', 'exercise_completed')", ()):
                if isinstance(event, RunRecorded):
                    await projections.observe(self.db, event)
                    await _remember(self.db, event)
                else:
                    await memory.mark_fixed(self.db, event.workspace, event.exercise_id,
                                            event.at, commit=False)

    @writes(deferrable=False)
    async def forget_workspace(self, workspace: str) -> int:
        """Delete every event of one workspace folder and rebuild; returns how many went."""
        async with self._transaction():
            cursor = await self.db.execute("DELETE FROM events WHERE workspace = ?",
                                           (workspace,))
            removed = cursor.rowcount
        await self.rebuild()
        await self.db.execute("VACUUM")
        return removed

    async def _events(self, where: str, args: tuple) -> list[Event]:
        rows = await self.db.execute_fetchall(
            f"SELECT kind, workspace, exercise_id, at, payload FROM events WHERE {where} "
            "ORDER BY id", args)
        return [event_from_row(k, w, e, a, json.loads(p)) for k, w, e, a, p in rows]

    async def workspace_events(self, workspace: str) -> list[Event]:
        """Every event of one workspace since its latest exercise start, oldest first."""
        return await self._events(
            "workspace = ? AND id >= COALESCE((SELECT MAX(id) FROM events WHERE workspace = ? "
            "AND kind = 'exercise_started'), 0)", (workspace, workspace))

    async def latest_id(self, workspace: str) -> int:
        """The id of the workspace's newest event (0 when none): tells when another process,
        such as the command line, has written to it."""
        (latest,) = await (await self.db.execute(
            "SELECT COALESCE(MAX(id), 0) FROM events WHERE workspace = ?", (workspace,))
        ).fetchone()
        return latest

    async def events_since(self, since: float) -> list[Event]:
        return await self._events("at >= ?", (since,))

    async def skills(self) -> dict[str, float]:
        rows = await self.db.execute_fetchall("SELECT concept, p_known FROM concept_skill")
        return {concept: p for concept, p in rows}

    async def hint_dependency(self, recent: int = 10) -> float:
        """Level-weighted hints over the most recently started exercises (see core.skill)."""
        rows = await self.db.execute_fetchall(
            "SELECT hint_weight FROM exercise_stats ORDER BY first_started_at DESC LIMIT ?",
            (recent,))
        return skill.hint_dependency(w for (w,) in rows)

    async def usage(self, since: float = 0.0) -> dict[str, Any]:
        """Hints served since `since`, per provider and level, and the LLM calls made, per day,
        provider and model (see usage_log)."""
        rows = await self.db.execute_fetchall(
            "SELECT json_extract(payload, '$.provider'), json_extract(payload, '$.level'), "
            "COUNT(*) FROM events WHERE kind = 'hint_given' AND at >= ? GROUP BY 1, 2 "
            "ORDER BY 1, 2", (since,))
        by_provider: dict[str, dict[str, int]] = {}
        for provider, level, count in rows:
            by_provider.setdefault(provider or "unknown", {})[f"L{level}"] = count
        return {"hints": by_provider, "total": sum(c for _, _, c in rows),
                "llm": await usage_log.totals(self.db, since)}

    async def recall(self, **query) -> list[memory.Recollection]:
        """Fixed mistakes of other exercises like this one (see recall.recall)."""
        return await memory.recall(self.db, **query)

    async def blind_spots(self, since: float = 0.0) -> list[dict[str, Any]]:
        return await projections.blind_spots(self.db, since)

    async def projection_rows(self) -> dict[str, list[tuple]]:
        """Every projection's rows, for comparing a rebuild with what was there."""
        return await projections.snapshot(self.db)

    async def runs(self, exercise_id: str | None = None, limit: int = 50
                   ) -> list[dict[str, Any]]:
        """The most recent logged runs, oldest first (see history.runs)."""
        return await history.runs(self.db, exercise_id, limit)

    async def run(self, run_id: int) -> dict[str, Any] | None:
        """One logged run with its output and files, or None."""
        return await history.run(self.db, run_id)

    async def profile(self) -> dict[str, Any]:
        """Everything `temper profile` shows, as plain data."""
        skills = await self.db.execute_fetchall(
            "SELECT concept, p_known, observations FROM concept_skill ORDER BY p_known DESC")
        exercises = await self.db.execute_fetchall(
            "SELECT exercise_id, runs, failed_runs, hints, hint_weight, completed_at, "
            "seconds_to_green FROM exercise_stats ORDER BY first_started_at")
        return {
            "skills": [{"concept": c, "p_known": round(p, 3), "observations": n,
                        "uncertainty": round(skill.uncertainty(p, n), 3)}
                       for c, p, n in skills],
            "exercises": [{"id": e, "runs": r, "failed_runs": f, "hints": h,
                           "hint_weight": w, "completed": c is not None,
                           "seconds_to_green": s} for e, r, f, h, w, c, s in exercises],
            "hint_dependency": round(await self.hint_dependency(), 3),
            "dependency_trend": await projections.dependency_trend(self.db),
            "blind_spots": await projections.blind_spots(self.db),
            "database": str(self.path),
        }
