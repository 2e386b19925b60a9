"""Which exercise to practise next: prerequisites met, weakest concepts first, one step up after a
clean success. Pure: it reads the catalog, the completed set and the skill estimates."""

from __future__ import annotations

from dataclasses import dataclass

from temper.core.skill import P_INIT, mean_skill
from temper.exercises import Catalog, Exercise

DIFFICULTY = ["beginner", "intermediate", "advanced"]


@dataclass(frozen=True)
class Recommendation:
    exercise_id: str
    title: str
    reason: str


def recommend(catalog: Catalog, completed: set[str], skills: dict[str, float],
              just_finished: Exercise | None = None, clean: bool = False
              ) -> Recommendation | None:
    """The next exercise and why; None when everything reachable is done."""
    open_ = [e for e in catalog.exercises.values()
             if e.id not in completed and all(p in completed for p in e.prerequisites)]
    if just_finished:
        same = [e for e in open_ if e.language == just_finished.language]
        open_ = same or open_
    if not open_:
        return None
    level = DIFFICULTY.index(just_finished.difficulty) if just_finished else 0
    target = min(level + 1, 2) if clean else level

    def score(e: Exercise) -> tuple[int, float, str]:
        skill = mean_skill(skills, e.concepts)
        return (abs(DIFFICULTY.index(e.difficulty) - target),
                skill if skill is not None else P_INIT, e.id)

    best = min(open_, key=score)
    weakest = min(best.concepts, key=lambda c: skills.get(c, P_INIT))
    reason = f"it practises {weakest}, one of your weaker concepts"
    if clean and just_finished and best.difficulty != just_finished.difficulty:
        reason = f"you finished the last one without hints, so a step up to {best.difficulty}; " \
                 + reason
    return Recommendation(best.id, best.title, reason)
