"""The profile store: migrations, the append-only log, projections and a damaged file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from temper.core.events import ExerciseCompleted, ExerciseStarted, HintGiven, RunRecorded
from temper.core.levels import Level
from temper.store import MIGRATIONS, ProfileStore

WS, EX = "/ws", "python/basics/fizzbuzz"


@pytest.fixture
async def store(tmp_path: Path):
    opened = await ProfileStore.open(tmp_path / "profile.db")
    yield opened
    await opened.close()


async def test_migrations_set_the_version_and_wal(store: ProfileStore):
    (version,) = await (await store.db.execute("PRAGMA user_version")).fetchone()
    (mode,) = await (await store.db.execute("PRAGMA journal_mode")).fetchone()
    assert version == len(MIGRATIONS) and mode == "wal"


async def test_reopening_does_not_migrate_twice(tmp_path: Path):
    for _ in range(2):
        store = await ProfileStore.open(tmp_path / "profile.db")
        await store.close()


async def test_commands_append_events_and_update_projections(store: ProfileStore):
    await store.start_exercise(ExerciseStarted(WS, EX, 1.0, ("modulo",)))
    await store.record_run(RunRecorded(WS, EX, 2.0, status="fail", failed=3), ["modulo"],
                           None, observe=True)
    await store.record_hint(HintGiven(WS, EX, 3.0, level=2, key="authored:L2:0"))
    await store.record_run(RunRecorded(WS, EX, 4.0, status="pass", passed=5), ["modulo"],
                           Level.L2, observe=True)
    await store.record_completion(ExerciseCompleted(WS, EX, 5.0, seconds_to_green=4.0))
    events = await store.workspace_events(WS)
    assert [e.kind for e in events] == ["exercise_started", "run_recorded", "hint_given",
                                        "run_recorded", "exercise_completed"]
    profile = await store.profile()
    [row] = profile["exercises"]
    assert (row["runs"], row["failed_runs"], row["hints"], row["hint_weight"]) == (2, 1, 1, 3)
    assert row["completed"] and row["seconds_to_green"] == 4.0
    assert profile["skills"][0]["concept"] == "modulo"
    assert profile["hint_dependency"] == 0.5


async def test_the_event_log_refuses_updates(store: ProfileStore):
    await store.start_exercise(ExerciseStarted(WS, EX, 1.0))
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        await store.db.execute("UPDATE events SET kind = 'forged'")


async def test_skill_is_held_to_zero_to_one_by_the_database(store: ProfileStore):
    with pytest.raises(sqlite3.IntegrityError):
        await store.db.execute("INSERT INTO concept_skill VALUES ('x', 1.5, 0, 0)")


async def test_a_failed_write_leaves_nothing_half_done(store: ProfileStore):
    await store.start_exercise(ExerciseStarted(WS, EX, 1.0))
    with pytest.raises(TypeError):
        await store.record_run(RunRecorded(WS, EX, 2.0, status="fail", result={"x": object()}),
                               [], None, observe=False)
    profile = await store.profile()
    assert profile["exercises"][0]["runs"] == 0
    assert len(await store.workspace_events(WS)) == 1


async def test_sessions_resume_from_the_latest_start(store: ProfileStore):
    await store.start_exercise(ExerciseStarted(WS, EX, 1.0))
    await store.record_hint(HintGiven(WS, EX, 2.0, level=1))
    await store.start_exercise(ExerciseStarted(WS, EX, 3.0))
    assert [e.kind for e in await store.workspace_events(WS)] == ["exercise_started"]


async def test_a_damaged_file_is_kept_aside_and_replaced(tmp_path: Path):
    path = tmp_path / "profile.db"
    path.write_bytes(b"garbage" * 1000)
    store = await ProfileStore.open(path)
    try:
        assert store.notice and "damaged" in store.notice
        [aside] = tmp_path.glob("profile.db.damaged-*")
        assert aside.read_bytes().startswith(b"garbage")
        assert (await store.profile())["exercises"] == []
    finally:
        await store.close()
