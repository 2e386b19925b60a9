"""The profile database's schema as named, frozen migration steps, applied in order.

A step, once released, never changes: a database at `PRAGMA user_version = n` has run exactly
the first n steps. A new table, index or trigger is a new step appended at the end. The skill
guard's triggers encode the knowledge-tracing model with the parameters it had when the step was
written (`SKILL_MODEL_V1`); a test fails if `core.skill` moves away from them, which is when a
new step must replace the triggers.
"""

from __future__ import annotations

from dataclasses import dataclass

import aiosqlite


@dataclass(frozen=True)
class Migration:
    name: str
    sql: str


EVENT_LOG = """
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at REAL NOT NULL,
    kind TEXT NOT NULL,
    workspace TEXT NOT NULL,
    exercise_id TEXT NOT NULL,
    payload TEXT NOT NULL CHECK (json_valid(payload))
);
CREATE INDEX IF NOT EXISTS events_by_workspace ON events (workspace, id);
CREATE INDEX IF NOT EXISTS events_by_exercise ON events (exercise_id, kind);
CREATE TRIGGER IF NOT EXISTS events_are_append_only BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;

CREATE TABLE IF NOT EXISTS concept_skill (
    concept TEXT PRIMARY KEY,
    p_known REAL NOT NULL CHECK (p_known >= 0 AND p_known <= 1),
    observations INTEGER NOT NULL DEFAULT 0,
    updated_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS exercise_stats (
    exercise_id TEXT PRIMARY KEY,
    runs INTEGER NOT NULL DEFAULT 0,
    failed_runs INTEGER NOT NULL DEFAULT 0,
    hints INTEGER NOT NULL DEFAULT 0,
    hint_weight INTEGER NOT NULL DEFAULT 0,
    first_started_at REAL,
    completed_at REAL,
    seconds_to_green REAL
);
"""

# The skill model the guard's triggers were written for (see core.skill).
SKILL_MODEL_V1 = {"P_INIT": 0.3, "P_LEARN": 0.15, "P_SLIP": 0.1, "P_GUESS": 0.2}
EPSILON = 1e-9


def _after(p: str, correct: bool, model: dict[str, float]) -> str:
    """SQL for the BKT estimate after one fully weighted observation, from estimate `p`."""
    slip, guess, learn = model["P_SLIP"], model["P_GUESS"], model["P_LEARN"]
    if correct:
        post = f"({p} * {1 - slip} / ({p} * {1 - slip} + (1 - {p}) * {guess}))"
    else:
        post = f"({p} * {slip} / ({p} * {slip} + (1 - {p}) * {1 - guess}))"
    return f"({post} + (1 - {post}) * {learn})"


def _one_step(old: str, new: str, model: dict[str, float]) -> str:
    """SQL that is true when `new` is reachable from `old` by one observation of the model:
    exactly the failure update, or a success weighted anywhere between none and full."""
    fail, success = _after(old, False, model), _after(old, True, model)
    return (f"(abs({new} - {fail}) < {EPSILON} OR {new} BETWEEN min({old}, {success}) - "
            f"{EPSILON} AND max({old}, {success}) + {EPSILON})")


def skill_guard(model: dict[str, float]) -> str:
    """Triggers that refuse any skill estimate the model could not have produced.
    An upsert fires the INSERT trigger even when it ends as an update, hence the NOT EXISTS."""
    prior = str(model["P_INIT"])
    return f"""
CREATE TRIGGER IF NOT EXISTS skill_starts_from_the_prior BEFORE INSERT ON concept_skill
WHEN NOT EXISTS (SELECT 1 FROM concept_skill WHERE concept = NEW.concept)
 AND NOT (NEW.observations = 1 AND {_one_step(prior, 'NEW.p_known', model)})
BEGIN SELECT RAISE(ABORT, 'a new skill estimate must be one observation from the prior'); END;
CREATE TRIGGER IF NOT EXISTS skill_moves_by_the_model BEFORE UPDATE ON concept_skill
WHEN NOT (NEW.observations = OLD.observations + 1
          AND {_one_step('OLD.p_known', 'NEW.p_known', model)})
BEGIN SELECT RAISE(ABORT, 'a skill estimate may only move by one observation of the model'); END;
"""


MISTAKES = """
CREATE TABLE IF NOT EXISTS mistakes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at REAL NOT NULL,
    workspace TEXT NOT NULL,
    exercise_id TEXT NOT NULL,
    language TEXT NOT NULL,
    error_type TEXT NOT NULL DEFAULT '',
    test_name TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT '',
    fixed INTEGER NOT NULL DEFAULT 0 CHECK (fixed IN (0, 1)),
    fixed_at REAL,
    embedder TEXT NOT NULL,
    embedding BLOB NOT NULL CHECK (length(embedding) > 0 AND length(embedding) % 4 = 0)
);
CREATE INDEX IF NOT EXISTS mistakes_for_recall ON mistakes (language, fixed, embedder, exercise_id);
CREATE INDEX IF NOT EXISTS mistakes_by_workspace ON mistakes (workspace, exercise_id, fixed);
CREATE UNIQUE INDEX IF NOT EXISTS mistakes_open_once ON mistakes
    (workspace, exercise_id, error_type, test_name, summary) WHERE fixed = 0;
"""

LLM_USAGE = """
CREATE TABLE IF NOT EXISTS llm_usage (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at REAL NOT NULL,
    provider TEXT NOT NULL,
    model TEXT NOT NULL,
    level INTEGER NOT NULL CHECK (level BETWEEN 0 AND 5),
    status TEXT NOT NULL CHECK (status IN
        ('success', 'error', 'rate_limited', 'guard_violation', 'fallback')),
    prompt_tokens INTEGER NOT NULL DEFAULT 0,
    completion_tokens INTEGER NOT NULL DEFAULT 0,
    cost REAL NOT NULL DEFAULT 0,
    latency REAL NOT NULL DEFAULT 0,
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS llm_usage_by_time ON llm_usage (at);
"""

RUN_HISTORY = """
CREATE TABLE IF NOT EXISTS file_blobs (
    hash TEXT PRIMARY KEY,
    content TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS snapshots (
    hash TEXT PRIMARY KEY,
    manifest TEXT NOT NULL CHECK (json_valid(manifest))
);
CREATE TABLE IF NOT EXISTS run_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at REAL NOT NULL,
    workspace TEXT NOT NULL,
    exercise_id TEXT NOT NULL,
    language TEXT NOT NULL,
    command TEXT NOT NULL,
    backend TEXT NOT NULL,
    exit_code INTEGER,
    status TEXT NOT NULL,
    passed INTEGER NOT NULL,
    failed INTEGER NOT NULL,
    duration_seconds REAL NOT NULL,
    output TEXT NOT NULL,
    snapshot TEXT NOT NULL REFERENCES snapshots (hash)
);
CREATE INDEX IF NOT EXISTS run_log_by_exercise ON run_log (exercise_id, id);
CREATE TRIGGER IF NOT EXISTS file_blobs_are_immutable BEFORE UPDATE ON file_blobs
BEGIN SELECT RAISE(ABORT, 'snapshots are immutable'); END;
CREATE TRIGGER IF NOT EXISTS snapshots_are_immutable BEFORE UPDATE ON snapshots
BEGIN SELECT RAISE(ABORT, 'snapshots are immutable'); END;
CREATE TRIGGER IF NOT EXISTS run_log_is_append_only BEFORE UPDATE ON run_log
BEGIN SELECT RAISE(ABORT, 'the run log is append-only'); END;
"""

MIGRATIONS: tuple[Migration, ...] = (
    Migration("event log and first projections", EVENT_LOG),
    Migration("the database guards the skill model", skill_guard(SKILL_MODEL_V1)),
    Migration("past mistakes for recall by similarity", MISTAKES),
    Migration("LLM usage log", LLM_USAGE),
    Migration("run history with immutable file snapshots", RUN_HISTORY),
)


async def migrate(db: aiosqlite.Connection) -> None:
    """Bring the schema up to date. Every step is idempotent (IF NOT EXISTS) and runs under
    BEGIN IMMEDIATE, so two processes starting together on one file do no harm."""
    (version,) = await (await db.execute("PRAGMA user_version")).fetchone()
    for number, step in enumerate(MIGRATIONS[version:], start=version + 1):
        await db.executescript(
            f"BEGIN IMMEDIATE; {step.sql} PRAGMA user_version = {number}; COMMIT;")
