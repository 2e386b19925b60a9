"""Projections of the event log, computed in SQL.

The exercise counters are one SQL statement, used both after each event and to rebuild from the
log. Skill estimates follow the knowledge-tracing model in `core.skill`; triggers refuse any
write that the model could not have produced (see `migrations.skill_guard`), so the database,
not only Python, holds the rule.
"""

from __future__ import annotations

from typing import Any

import aiosqlite

from temper.core import skill
from temper.core.events import RunRecorded

EXERCISE_STATS = """
INSERT OR REPLACE INTO exercise_stats (exercise_id, runs, failed_runs, hints, hint_weight,
                                       first_started_at, completed_at, seconds_to_green)
SELECT exercise_id,
       COALESCE(SUM(kind = 'run_recorded'), 0),
       COALESCE(SUM(kind = 'run_recorded' AND json_extract(payload, '$.status') != 'pass'), 0),
       COALESCE(SUM(kind = 'hint_given'), 0),
       COALESCE(SUM(CASE WHEN kind = 'hint_given'
                         THEN json_extract(payload, '$.level') + 1 ELSE 0 END), 0),
       MIN(CASE WHEN kind = 'exercise_started' THEN at END),
       MIN(CASE WHEN kind = 'exercise_completed' THEN at END),
       MIN(CASE WHEN kind = 'exercise_completed'
                THEN json_extract(payload, '$.seconds_to_green') END)
FROM events WHERE (:exercise IS NULL OR exercise_id = :exercise) GROUP BY exercise_id
"""


async def refresh_exercise(db: aiosqlite.Connection, exercise_id: str | None) -> None:
    """Recompute one exercise's counters (all of them when None) from the log."""
    await db.execute(EXERCISE_STATS, {"exercise": exercise_id})


async def observe(db: aiosqlite.Connection, event: RunRecorded) -> None:
    """Apply one run to the skill estimates of its concepts, if the run counts for skill."""
    if not event.observed or not event.concepts:
        return
    marks = ", ".join("?" * len(event.concepts))
    rows = await db.execute_fetchall(
        f"SELECT concept, p_known FROM concept_skill WHERE concept IN ({marks})", event.concepts)
    for concept, p in skill.after_run(dict(rows), event).items():
        await db.execute(
            "INSERT INTO concept_skill (concept, p_known, observations, updated_at) "
            "VALUES (?, ?, 1, ?) ON CONFLICT (concept) DO UPDATE SET "
            "p_known = excluded.p_known, observations = observations + 1, "
            "updated_at = excluded.updated_at", (concept, p, event.at))


async def snapshot(db: aiosqlite.Connection) -> dict[str, list[tuple]]:
    """Every projection's rows, for comparing a rebuild with what was there."""
    return {
        "concept_skill": await db.execute_fetchall(
            "SELECT concept, round(p_known, 12), observations FROM concept_skill "
            "ORDER BY concept"),
        "exercise_stats": await db.execute_fetchall(
            "SELECT * FROM exercise_stats ORDER BY exercise_id"),
        "mistakes": await db.execute_fetchall(
            "SELECT at, workspace, exercise_id, error_type, test_name, summary, fixed, fixed_at, "
            "embedding FROM mistakes ORDER BY at, exercise_id, test_name"),
    }


async def blind_spots(db: aiosqlite.Connection, since: float = 0.0, limit: int = 5
                      ) -> list[dict[str, Any]]:
    """Failure patterns and risk detections that came back in more than one exercise, most
    frequent first."""
    rows = await db.execute_fetchall(
        "SELECT pattern, COUNT(*), group_concat(DISTINCT exercise_id), group_concat(DISTINCT "
        "concept) FROM (SELECT json_extract(payload, '$.pattern') AS pattern, exercise_id, "
        "      NULL AS concept FROM events WHERE kind = 'run_recorded' AND at >= :since "
        "      UNION ALL SELECT 'risk ' || json_extract(payload, '$.code'), exercise_id, "
        "      json_extract(payload, '$.concept') FROM events "
        "      WHERE kind = 'risk_detected' AND at >= :since) "
        "WHERE pattern IS NOT NULL AND pattern != 'AssertionError' GROUP BY pattern "
        "HAVING COUNT(DISTINCT exercise_id) >= 2 ORDER BY COUNT(*) DESC, pattern LIMIT :limit",
        {"since": since, "limit": limit})
    return [{"pattern": p, "count": n, "exercises": sorted((ids or "").split(",")),
             **({"concept": concept} if concept else {})} for p, n, ids, concept in rows]


async def dependency_trend(db: aiosqlite.Connection, recent: int = 20) -> list[float]:
    """Hint dependency per exercise, oldest first (level-weighted hints, 0 to 1)."""
    rows = await db.execute_fetchall(
        "SELECT hint_weight FROM (SELECT hint_weight, first_started_at FROM exercise_stats "
        "ORDER BY first_started_at DESC LIMIT ?) ORDER BY first_started_at", (recent,))
    return [round(skill.hint_dependency([w]), 3) for (w,) in rows]
