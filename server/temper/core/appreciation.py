"""Appreciation with evidence: the moments worth naming when an exercise goes green.

Every moment cites what the learner did; a kind already named in the last day is not repeated,
and at most two are shown, so it never nags.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

MASTERY = 0.8
LESS_HELP = 0.05
MAX_MOMENTS = 2
THROTTLE_SECONDS = 86_400


@dataclass(frozen=True)
class Moment:
    kind: str
    text: str


def moments(*, runs: int, hints: int, concepts: list[str], before: Mapping[str, float],
            after: Mapping[str, float], dependency_before: float, dependency_after: float,
            recent_kinds: set[str]) -> list[Moment]:
    """What to celebrate about a completion, most telling first, throttled by `recent_kinds`."""
    found = []
    if runs == 1 and hints == 0:
        found.append(Moment("first-try", "First try: every test passed on your first run."))
    elif hints == 0:
        found.append(Moment("no-hints", f"Solved without a single hint, in {runs} runs."))
    for concept in concepts:
        was, now = before.get(concept, 0.0), after.get(concept, 0.0)
        if was < MASTERY <= now:
            found.append(Moment(f"mastered:{concept}",
                                f"{concept} is now at {now:.2f}: you have shown you know it."))
    if dependency_before - dependency_after >= LESS_HELP:
        found.append(Moment("less-help", f"You lean on hints less: dependency "
                                         f"{dependency_before:.2f} → {dependency_after:.2f}."))
    return [m for m in found if m.kind not in recent_kinds][:MAX_MOMENTS]
