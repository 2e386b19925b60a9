"""Localization for a pairing session: the session's language, tests and reference solution,
and the learner's settings (budget, repair search, runner)."""

from __future__ import annotations

import asyncio
from pathlib import Path

from temper.core.localization import Localization
from temper.core.results import RunResult
from temper.faults import localize
from temper.product.workspace import workspace_language


async def localize_session(coach, session, result: RunResult,
                           overlays: dict[str, str] | None = None) -> Localization:
    exercise = coach.exercise(session)
    language = await asyncio.to_thread(workspace_language, session.workspace,
                                       exercise.language if exercise else None)
    settings = coach.settings
    return await localize(
        Path(session.workspace), language, result, budget_seconds=settings.localize_budget,
        backend=settings.runner, repair=settings.repair_search,
        reference=dict(exercise.solution) if exercise else None, overlays=overlays,
        test_files=sorted(exercise.tests) if exercise else None)
