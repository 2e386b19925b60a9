"""Skill estimation: Bayesian Knowledge Tracing per concept, weighted by the help given."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping

from temper.core.events import RunRecorded
from temper.core.levels import Level

P_INIT = 0.3  # P(known) before any evidence
P_LEARN = 0.15  # P(learning) at each opportunity
P_SLIP = 0.1  # P(failing while knowing)
P_GUESS = 0.2  # P(passing without knowing)

#: How much a success counts after a hint of each level (unaided counts fully).
HELP_WEIGHT: dict[Level | None, float] = {
    None: 1.0, Level.L0: 0.9, Level.L1: 0.8, Level.L2: 0.6, Level.L3: 0.4, Level.L4: 0.2,
    Level.L5: 0.0,
}


def update(p_known: float, correct: bool, help_level: Level | None = None) -> float:
    """One BKT step: condition on the observation, then allow for learning.

    A success after help moves the estimate only part of the way (HELP_WEIGHT), so a pass right
    after an L3 hint counts for less than an unaided one. A failure counts fully.
    """
    if correct:
        evidence = p_known * (1 - P_SLIP)
        posterior = evidence / (evidence + (1 - p_known) * P_GUESS)
    else:
        evidence = p_known * P_SLIP
        posterior = evidence / (evidence + (1 - p_known) * (1 - P_GUESS))
    learned = posterior + (1 - posterior) * P_LEARN
    weight = HELP_WEIGHT[help_level] if correct else 1.0
    return min(1.0, max(0.0, p_known + weight * (learned - p_known)))


def after_run(estimates: Mapping[str, float], run: RunRecorded) -> dict[str, float]:
    """The new estimates of a run's concepts; empty when the run does not count for skill.

    The one place the model meets a run, shared by the database projection and by replays.
    """
    if not run.observed:
        return {}
    help_level = Level(run.help_level) if run.help_level is not None else None
    return {c: update(estimates.get(c, P_INIT), run.status == "pass", help_level)
            for c in run.concepts}


def uncertainty(p_known: float, observations: int) -> float:
    """A rough standard error of the estimate: wide with few observations, narrowing with more."""
    return math.sqrt(p_known * (1 - p_known) / (observations + 1)) if observations >= 0 else 0.5


def mean_skill(skills: Mapping[str, float], concepts: Iterable[str]) -> float | None:
    """The mean estimate over the concepts that have one; None when none do."""
    known = [skills[c] for c in concepts if c in skills]
    return sum(known) / len(known) if known else None


def hint_weight(level: Level) -> int:
    """An L0 hint weighs 1, an L5 weighs 6."""
    return int(level) + 1


def hint_dependency(weights_per_exercise: Iterable[int]) -> float:
    """Level-weighted hints per exercise, 0 (none) to 1 (an L0, L1 and L2 on every exercise)."""
    totals = list(weights_per_exercise)
    if not totals:
        return 0.0
    return min(1.0, sum(totals) / (6 * len(totals)))
