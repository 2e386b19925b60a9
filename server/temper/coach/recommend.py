"""Which exercise to practise next, and why: prerequisites met, in the language of the last
exercise unless another is asked for, one step up in difficulty after a clean success (finished
without a hint), and among those the exercise whose concepts are weakest.

Pure: it reads the catalog, the profile's exercise history and the skill estimates.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from temper.catalog.exercises import Catalog, Exercise
from temper.core.skill import P_INIT

DIFFICULTY = ["beginner", "intermediate", "advanced"]


@dataclass(frozen=True)
class Recommendation:
    exercise_id: str
    title: str
    reason: str
    language: str = ""
    difficulty: str = ""

    def to_json(self) -> dict[str, str]:
        return {"id": self.exercise_id, "title": self.title, "reason": self.reason,
                "language": self.language, "difficulty": self.difficulty}


@dataclass(frozen=True)
class History:
    """What the profile says about past exercises."""
    completed: frozenset[str]
    last: str | None = None  # the exercise worked on most recently
    clean: bool = False  # the last one was finished without a hint

    @classmethod
    def from_profile(cls, exercises: Sequence[Mapping[str, Any]]) -> History:
        """From `store.profile()["exercises"]`, oldest first."""
        last = exercises[-1] if exercises else None
        return cls(frozenset(e["id"] for e in exercises if e["completed"]),
                   last["id"] if last else None,
                   bool(last and last["completed"] and not last["hints"]))


def _weakness(exercise: Exercise, skills: Mapping[str, float]) -> tuple[float, float]:
    """The weakest concept's estimate, then the mean; concepts never seen count as P_INIT."""
    estimates = [skills.get(c, P_INIT) for c in exercise.concepts]
    return min(estimates), sum(estimates) / len(estimates)


def recommend(catalog: Catalog, history: History, skills: Mapping[str, float],
              language: str | None = None) -> Recommendation | None:
    """The next exercise and why; None when nothing open is left (in `language`, if given)."""
    last = catalog.exercises.get(history.last or "")
    open_ = [e for e in catalog.exercises.values() if e.id not in history.completed
             and all(p in history.completed for p in e.prerequisites)]
    wanted = language or (last.language if last else None)
    choices = [e for e in open_ if e.language == wanted] if wanted else open_
    if not choices and not language:
        choices = open_
    if not choices:
        return None
    level = DIFFICULTY.index(last.difficulty) if last else 0
    target = min(level + 1, len(DIFFICULTY) - 1) if history.clean else level

    def score(e: Exercise) -> tuple:
        return (abs(DIFFICULTY.index(e.difficulty) - target), _weakness(e, skills), e.id)

    best = min(choices, key=score)
    return Recommendation(best.id, best.title, _reason(best, last, history, skills, wanted),
                          best.language, best.difficulty)


def _reason(best: Exercise, last: Exercise | None, history: History,
            skills: Mapping[str, float], wanted: str | None) -> str:
    weakest = min(best.concepts, key=lambda c: skills.get(c, P_INIT))
    because = [f"it practises {weakest}, " + (
        f"one of your weakest concepts (estimated {skills[weakest]:.0%})" if weakest in skills
        else "which you have not practised yet")]
    if last is not None and history.clean and last.id in history.completed \
            and DIFFICULTY.index(best.difficulty) > DIFFICULTY.index(last.difficulty):
        because.insert(0, f"you finished {last.title} without a hint, so one step up to "
                          f"{best.difficulty}")
    elif last is None:
        because.insert(0, f"a {best.difficulty} exercise to begin with")
    if best.prerequisites:
        because.append("you have finished what it builds on")
    if wanted and best.language != wanted:
        because.append(f"you have done every open {wanted} exercise, so it moves to "
                       f"{best.language}")
    return "; ".join(because)
