"""The Learning Contract: tracks, gates and the choice of hint level, each with a plain rationale.

`select_level` is the one place that decides how much help a learner gets. It reads a
`Situation` (evidence about the learner and the problem), a `Track` (the learner's contract) and
an optional explicit `Request`, and returns a `Decision` whose rationale the learner sees.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from enum import StrEnum

from temper.core.levels import AUTOMATIC_MAX, Level


class Intent(StrEnum):
    QUESTION = "question"
    HINT = "hint"
    STUCK = "stuck"
    REVIEW = "review"
    EXPLAIN = "explain"


class TestState(StrEnum):
    UNKNOWN = "unknown"
    BUILD_ERROR = "build_error"
    FAILING = "failing"
    HANGING = "hanging"  # a test never finished: stopped at its time limit (an endless loop)
    PASSING = "passing"


@dataclass(frozen=True)
class Track:
    name: str
    max_level: Level
    cooldown_seconds: int  # applies to L3 and above only


TRACKS: dict[str, Track] = {
    t.name: t
    for t in (
        Track("beginner", Level.L4, 30),
        Track("standard", Level.L3, 60),
        Track("advanced", Level.L1, 120),
        Track("interview-prep", Level.L2, 120),
    )
}

ASKED = {
    Intent.QUESTION: "You asked a question",
    Intent.HINT: "You asked for a hint",
    Intent.STUCK: "You said you are stuck",
    Intent.REVIEW: "You asked for a review",
    Intent.EXPLAIN: "You asked for an explanation",
}

#: Where each intent starts on the ladder before the evidence moves it.
BASE_LEVEL: dict[Intent, Level] = {
    Intent.QUESTION: Level.L0,
    Intent.HINT: Level.L1,
    Intent.REVIEW: Level.L1,
    Intent.EXPLAIN: Level.L2,
    Intent.STUCK: Level.L2,
}

CLIMB_AFTER_SECONDS = 120  # time since the last hint that counts as effort by itself
HIGH_DEPENDENCY = 0.6
STRONG_SKILL = 0.8
WEAK_SKILL = 0.3
EARNED_HINTS = 2  # lower-level hints on this problem before L4 or L5
EARNED_FAILED_RUNS = 3  # failed runs on this problem before L4 or L5
MIN_JUSTIFICATION = 10  # characters in the learner's reason for L4 or L5


@dataclass(frozen=True)
class Situation:
    """Evidence about the learner on the current problem; every field has a safe default."""

    intent: Intent = Intent.HINT
    test_state: TestState = TestState.UNKNOWN
    skill: float | None = None  # mean P(known) over the exercise's concepts
    failed_runs: int = 0
    failed_runs_since_last_hint: int = 0
    seconds_since_last_hint: float | None = None
    seconds_since_last_strong_hint: float | None = None  # the last L3 or above
    hint_dependency: float = 0.0
    levels_given: tuple[Level, ...] = ()


@dataclass(frozen=True)
class Request:
    level: Level | None = None
    justification: str = ""


@dataclass(frozen=True)
class Decision:
    level: Level
    offered: Level  # what the contract offers without an explicit request
    rationale: tuple[str, ...] = field(default=())

    @property
    def reason(self) -> str:
        return " ".join(self.rationale)


def _ago(seconds: float) -> str:
    return f"{int(seconds)} s ago" if seconds < 120 else f"{int(seconds // 60)} min ago"


def _effort_since_last_hint(s: Situation) -> str | None:
    """Why the learner has earned the next rung since their last hint, or None."""
    if s.failed_runs_since_last_hint:
        return "you ran the tests since and they still fail"
    leaning = s.hint_dependency > HIGH_DEPENDENCY
    if s.intent is Intent.STUCK and not leaning:
        return "you said you are stuck"
    waited = s.seconds_since_last_hint
    if waited is not None and waited >= CLIMB_AFTER_SECONDS and not leaning:
        return f"you have worked on it for {_ago(waited).removesuffix(' ago')} since"
    return None


def _automatic(s: Situation, track: Track) -> tuple[Level, list[str]]:
    level = BASE_LEVEL[s.intent]
    why = [f"{ASKED[s.intent]}, which starts at {level.label}."]
    given = max(s.levels_given) if s.levels_given else None
    if given is not None and given > AUTOMATIC_MAX:
        level = AUTOMATIC_MAX
        why = [f"You already had a hint at {given.label}; without a new request, hints stay at "
               f"{AUTOMATIC_MAX.label} or below."]
    elif given is not None:
        effort = _effort_since_last_hint(s)
        if effort and given < AUTOMATIC_MAX:
            level = max(level, Level(given + 1))
            why = [f"You already had a hint at {given.label} and {effort}, so we climb to "
                   f"{Level(level).label}."]
        elif level > given:
            why = [f"You had a hint at {given.label}; {ASKED[s.intent].lower()}, which starts "
                   f"at {level.label}."]
        else:
            level = given
            if s.hint_dependency > HIGH_DEPENDENCY:
                why = [f"You had a hint at {given.label} and have leaned on hints lately, so "
                       "here is another at the same rung; the next one opens after you run the "
                       "tests."]
            else:
                why = [f"You had a hint at {given.label} and have not run the tests since, so "
                       "here is another at the same rung to try; the next one opens after a "
                       "run, or after two minutes of work."]
    else:
        if s.skill is not None and s.skill >= STRONG_SKILL and level > Level.L0:
            level = Level(level - 1)
            why.append(f"You know this exercise's concepts well (skill {s.skill:.2f}), so a "
                       "lighter hint first.")
        elif s.skill is not None and s.skill < WEAK_SKILL and s.failed_runs >= 2 \
                and level < Level.L2:
            level = Level(level + 1)
            why.append(f"These concepts are new to you (skill {s.skill:.2f}) and {s.failed_runs} "
                       "runs failed, so a little more help.")
        if s.hint_dependency > HIGH_DEPENDENCY and level > Level.L0:
            level = Level(level - 1)
            why.append(f"You have leaned on hints lately (dependency {s.hint_dependency:.2f}), "
                       "so we start one rung lower.")
    if s.test_state is TestState.PASSING and s.intent not in (Intent.REVIEW, Intent.EXPLAIN):
        level = Level.L0
        why.append("Your tests all pass, so the coach asks a question instead of hinting.")
    elif s.test_state is TestState.PASSING:
        level = min(level, Level.L1)
        why.append("Your tests all pass, so a review stays general.")
    elif s.test_state is TestState.BUILD_ERROR and level < Level.L2 and given is None:
        level = Level.L2
        why.append("Your code does not run yet (a syntax or import error), so the hint points "
                   "at the place.")
    elif s.test_state is TestState.HANGING:
        why.append("A test never finished and was stopped at its time limit, so the hint is "
                   "about what makes your loop stop.")
    level = min(level, AUTOMATIC_MAX)
    if level >= Level.L3:
        since = s.seconds_since_last_strong_hint
        if since is not None and since < track.cooldown_seconds:
            level = Level.L2
            why.append(f"L3 hints cool down for {track.cooldown_seconds} s and you had one "
                       f"{_ago(since)}, so L2 for now.")
    if level > track.max_level:
        level = track.max_level
        why.append(f"Your {track.name} track allows at most L{int(track.max_level)}.")
    return level, why


def _gate(level: Level, offered: Level, s: Situation, track: Track,
          justification: str) -> str | None:
    """Why an explicit request for `level` cannot be granted now, or None when it can."""
    if level <= offered:
        return None
    if level == Level.L5 and track.name == "interview-prep":
        return "The interview-prep track never shows a full solution."
    if level > track.max_level and level != Level.L5:
        return f"Your {track.name} track allows at most L{int(track.max_level)}."
    if level <= AUTOMATIC_MAX:
        if track.max_level < level:
            return f"Your {track.name} track allows at most L{int(track.max_level)}."
        return (f"One rung at a time: take the L{int(offered)} hint and run the tests; "
                f"L{int(level)} opens after that.")
    lower = sum(1 for g in s.levels_given if g < Level.L4)
    if lower < EARNED_HINTS or s.failed_runs < EARNED_FAILED_RUNS:
        return (f"L{int(level)} opens after {EARNED_HINTS} lower-level hints and "
                f"{EARNED_FAILED_RUNS} failed runs on this exercise (you have {lower} and "
                f"{s.failed_runs}).")
    since = s.seconds_since_last_strong_hint
    if since is not None and since < track.cooldown_seconds:
        return (f"Hints from L3 up cool down for {track.cooldown_seconds} s; wait another "
                f"{math.ceil(track.cooldown_seconds - since)} s.")
    if len(justification.strip()) < MIN_JUSTIFICATION:
        return f"L{int(level)} needs your reason: say what you tried and where you are stuck."
    return None


def select_level(s: Situation, track: Track, request: Request | None = None) -> Decision:
    """Choose the level of the next hint; the rationale says why in plain words."""
    offered, why = _automatic(s, track)
    if request is None or request.level is None:
        return Decision(offered, offered, tuple(why))
    wanted = request.level
    if wanted == offered:
        return Decision(offered, offered, tuple(why))
    if wanted < offered:
        return Decision(wanted, offered, (f"You asked for {wanted.label}: less help than the "
                                          f"L{int(offered)} on offer, which is always fine.",))
    refusal = _gate(wanted, offered, s, track, request.justification)
    if refusal is None:
        lower = sum(1 for g in s.levels_given if g < Level.L4)
        return Decision(wanted, offered, (f"You asked for {wanted.label} and have earned it: "
                                          f"{lower} lower-level hints and {s.failed_runs} "
                                          "failed runs on this exercise, with your reason.",))
    return Decision(offered, offered, (f"You asked for {wanted.label}, but: {refusal}",
                                       f"Here is L{int(offered)} instead.", *why))


def ladder(s: Situation, track: Track) -> tuple[Level, dict[Level, str | None]]:
    """The offered level and, for every level, why it is closed now (None when open).

    L4 and L5 count as open once earned, even though the learner's reason is still to come.
    """
    offered, _ = _automatic(s, track)
    earned_reason = "x" * MIN_JUSTIFICATION
    return offered, {lv: _gate(lv, offered, s, track, earned_reason) for lv in Level}
