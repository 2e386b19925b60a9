"""Holding a written hint to its level: the guard against the reference solution and against
the repair fault localization found, and the fact-based hint that replaces a refused one."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from temper.catalog.exercises import Exercise
from temper.core.fact_hints import fact_hints
from temper.core.feedback import rule_hint
from temper.core.guard import violation
from temper.core.levels import Level
from temper.core.localization import Localization
from temper.core.results import RunResult


def secrets_and_public(exercise: Exercise | None, localization: Localization | None,
                       level: Level, learner_files: Mapping[str, str]
                       ) -> tuple[dict[str, str], dict[str, str]]:
    """What a hint at `level` may not show (the solution; below L3 also the found repair), and
    what it may (the starter, tests and brief, and the learner's own files as they are now)."""
    public = {**exercise.starter, **exercise.tests, "README.md": exercise.description} \
        if exercise else {}
    public.update({f"learner:{path}": text for path, text in learner_files.items()})
    secrets = dict(exercise.solution) if exercise else {}
    if localization and localization.repair and level < Level.L3:
        secrets["<repair>"] = localization.repair.replacement
    return secrets, public


def hold(text: str, level: Level, run: RunResult | None, path: str, line: int,
         concepts: Sequence[str], secrets: Mapping[str, str], public: Mapping[str, str],
         localization: Localization | None) -> tuple[str, str | None]:
    """The text to deliver and, when the written one was refused, why."""
    problem = violation(text, level, secrets, public)
    if problem is None:
        return text, None
    safe = fact_hints(level, run, concepts, localization, quote=False) \
        if level <= Level.L2 else []
    return next((s for s in safe if not violation(s, level, secrets, public)),
                rule_hint(level, run, path, line, concepts)), problem
