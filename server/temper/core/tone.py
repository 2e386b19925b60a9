"""The coach's tone: a small state machine over recent events that decays back to neutral.

Tone shapes the wording of a hint, never its level: `select_level` does not read it.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from temper.core.events import Event, ExerciseCompleted, HintGiven, RunRecorded


class Tone(StrEnum):
    NEUTRAL = "neutral"
    ENCOURAGING = "encouraging"  # after repeated failures
    CELEBRATING = "celebrating"  # after a success
    CHALLENGING = "challenging"  # when help is leaned on


HOLD_SECONDS = {Tone.ENCOURAGING: 900, Tone.CELEBRATING: 600, Tone.CHALLENGING: 900}
FAILURES_BEFORE_ENCOURAGING = 3
HINTS_WITHOUT_A_RUN = 1  # a hint already given since the last run: asking again leans on help
HIGH_DEPENDENCY = 0.6

OPENERS = {
    Tone.NEUTRAL: "",
    Tone.ENCOURAGING: "Several runs in a row have failed; that is normal here, and each one "
                      "narrowed the problem down.",
    Tone.CELEBRATING: "You have just solved one; bring that same care to this.",
    Tone.CHALLENGING: "Before you read on, make one change of your own and run the tests.",
}


def current_tone(events: Iterable[Event], now: float, dependency: float = 0.0
                 ) -> tuple[Tone, str]:
    """The tone for `now` from events in time order, with the reason in plain words."""
    tone, since, why = Tone.NEUTRAL, 0.0, "nothing notable happened recently"
    failures = hints_since_run = 0
    for event in events:
        if isinstance(event, ExerciseCompleted):
            tone, since, why = Tone.CELEBRATING, event.at, f"you just finished {event.exercise_id}"
            failures = 0
        elif isinstance(event, RunRecorded):
            hints_since_run = 0
            if tone is Tone.CHALLENGING:  # they ran the tests: the nudge has done its work
                tone, why = Tone.NEUTRAL, "you ran the tests after your last hint"
            failures = failures + 1 if event.status != "pass" else 0
            if failures == FAILURES_BEFORE_ENCOURAGING:
                tone, since = Tone.ENCOURAGING, event.at
                why = f"{failures} runs in a row failed"
        elif isinstance(event, HintGiven):
            hints_since_run += 1
            if hints_since_run == HINTS_WITHOUT_A_RUN:
                tone, since = Tone.CHALLENGING, event.at
                why = "you asked again without running the tests since the last hint"
    if tone is not Tone.NEUTRAL and now - since > HOLD_SECONDS[tone]:
        tone, why = Tone.NEUTRAL, "earlier moods have worn off"
    if tone is Tone.NEUTRAL and dependency > HIGH_DEPENDENCY:
        tone, why = Tone.CHALLENGING, f"hint dependency is high ({dependency:.2f})"
    return tone, why


def voiced(tone: Tone, text: str) -> str:
    """The hint as the coach says it in this tone."""
    opener = OPENERS[tone]
    return f"{opener} {text}" if opener else text
