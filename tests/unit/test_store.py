"""The profile store: migrations, the append-only log, projections and a damaged file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from temper.core.events import (
    ExerciseCompleted,
    ExerciseStarted,
    HintGiven,
    RiskDetected,
    RunRecorded,
)
from temper.core.levels import Level
from temper.profile import projections
from temper.core import skill
from temper.profile.migrations import MIGRATIONS, SKILL_MODEL_V1
from temper.profile.store import ProfileStore

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


def test_migration_steps_are_named_once_and_the_guard_matches_the_skill_model():
    names = [step.name for step in MIGRATIONS]
    assert len(set(names)) == len(names) and all(names)
    # The guard's triggers were written for these parameters: if core.skill changes them, a
    # new migration step must replace the triggers (released steps never change).
    assert SKILL_MODEL_V1 == {name: getattr(skill, name) for name in SKILL_MODEL_V1}


async def test_the_store_answers_what_the_cli_and_coach_ask(store: ProfileStore):
    assert await store.runs() == [] and await store.run(1) is None
    assert await store.blind_spots() == []
    assert await store.recall(error_type="IndexError", message="list index out of range",
                              test_name="t", language="python", exclude_exercise=EX) == []
    assert set(await store.projection_rows()) == {"concept_skill", "exercise_stats", "mistakes"}


async def test_reopening_does_not_migrate_twice(tmp_path: Path):
    for _ in range(2):
        store = await ProfileStore.open(tmp_path / "profile.db")
        await store.close()


async def test_commands_append_events_and_update_projections(store: ProfileStore):
    await store.start_exercise(ExerciseStarted(WS, EX, 1.0, ("modulo",)))
    await store.record_run(RunRecorded(WS, EX, 2.0, status="fail", failed=3,
                                       concepts=("modulo",), observed=True))
    await store.record_hint(HintGiven(WS, EX, 3.0, level=2, key="authored:L2:0"))
    await store.record_run(RunRecorded(WS, EX, 4.0, status="pass", passed=5,
                                       concepts=("modulo",), help_level=int(Level.L2),
                                       observed=True))
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
        await store.record_run(RunRecorded(WS, EX, 2.0, status="fail",
                                           result={"x": object()}))
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


async def test_the_database_refuses_skill_moves_the_model_cannot_make(store: ProfileStore):
    await store.start_exercise(ExerciseStarted(WS, EX, 1.0))
    await store.record_run(RunRecorded(WS, EX, 2.0, status="pass", concepts=("modulo",),
                                       observed=True))
    with pytest.raises(sqlite3.IntegrityError, match="one observation of the model"):
        await store.db.execute("UPDATE concept_skill SET p_known = 0.99, "
                               "observations = observations + 1")
    with pytest.raises(sqlite3.IntegrityError, match="one observation of the model"):
        await store.db.execute("UPDATE concept_skill SET p_known = p_known")  # no observation
    with pytest.raises(sqlite3.IntegrityError, match="from the prior"):
        await store.db.execute("INSERT INTO concept_skill VALUES ('loops', 0.95, 1, 0)")


async def test_rebuild_reproduces_every_projection(store: ProfileStore):
    await store.start_exercise(ExerciseStarted(WS, EX, 1.0, ("modulo", "loops")))
    for at, status, help_level in ((2.0, "fail", None), (3.0, "fail", 1), (5.0, "pass", 2)):
        run = RunRecorded(WS, EX, at, status=status, help_level=help_level, observed=True,
                          concepts=("modulo", "loops"), pattern="IndexError: x",
                          error_type="IndexError", result={"status": status, "tests": [
                              {"name": "test_x", "status": status,
                               "message": "IndexError: list index out of range"}]})
        await store.record_run(run)
        await store.remember_mistake(run)  # the coach queues this after a failed run
        await store.record_hint(HintGiven(WS, EX, at + 0.5, level=1))
    await store.record_completion(ExerciseCompleted(WS, EX, 6.0, seconds_to_green=5.0))
    before = await projections.snapshot(store.db)
    await store.rebuild()
    assert await projections.snapshot(store.db) == before
    assert before["concept_skill"] and before["exercise_stats"]
    assert [row[6] for row in before["mistakes"]] == [1]  # one mistake, fixed at the end


async def test_blind_spots_and_the_dependency_trend(store: ProfileStore):
    for number, exercise in enumerate(("a/b/one", "a/b/two")):
        await store.start_exercise(ExerciseStarted(WS, exercise, float(number)))
        await store.record_run(RunRecorded(WS, exercise, number + 0.1, status="fail",
                                           pattern="IndexError: list index out of range"))
        await store.record_hint(HintGiven(WS, exercise, number + 0.2, level=2 - 2 * number))
    profile = await store.profile()
    assert profile["blind_spots"] == [{"pattern": "IndexError: list index out of range",
                                       "count": 2, "exercises": ["a/b/one", "a/b/two"]}]
    assert profile["dependency_trend"] == [0.5, round(1 / 6, 3)]


async def test_forgetting_a_workspace_removes_its_events_and_their_effects(store: ProfileStore):
    await store.start_exercise(ExerciseStarted(WS, EX, 1.0))
    await store.record_run(RunRecorded(WS, EX, 2.0, status="pass", concepts=("modulo",),
                                       observed=True))
    await store.start_exercise(ExerciseStarted("/other", "a/b/c", 3.0))
    assert await store.forget_workspace(WS) == 2
    profile = await store.profile()
    assert [e["id"] for e in profile["exercises"]] == ["a/b/c"] and profile["skills"] == []


async def test_risks_detected_in_two_exercises_are_a_blind_spot_with_its_concept(
        store: ProfileStore):
    for number, exercise in enumerate(("a/b/one", "a/b/two")):
        await store.record_detection(RiskDetected(WS, exercise, float(number),
                                                  code="py-mutable-default",
                                                  category="correctness", concept="functions"))
    [spot] = (await store.profile())["blind_spots"]
    assert spot == {"pattern": "risk py-mutable-default", "count": 2,
                    "exercises": ["a/b/one", "a/b/two"], "concept": "functions"}


async def test_processes_opening_a_new_profile_together_do_not_damage_it(tmp_path: Path):
    import asyncio

    path = tmp_path / "profile.db"
    stores = await asyncio.gather(*(ProfileStore.open(path) for _ in range(4)))
    try:
        assert not [s.notice for s in stores if s.notice]
        assert not list(tmp_path.glob("profile.db.damaged-*"))
    finally:
        for opened in stores:
            await opened.close()
