"""Domain events: the append-only facts from which sessions and the profile are derived."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any, ClassVar


@dataclass(frozen=True)
class Event:
    kind: ClassVar[str] = ""
    workspace: str
    exercise_id: str
    at: float  # seconds since the epoch

    def payload(self) -> dict[str, Any]:
        skip = {"workspace", "exercise_id", "at"}
        return {k: v for k, v in asdict(self).items() if k not in skip}


@dataclass(frozen=True)
class ExerciseStarted(Event):
    kind: ClassVar[str] = "exercise_started"
    concepts: tuple[str, ...] = ()


@dataclass(frozen=True)
class RunRecorded(Event):
    kind: ClassVar[str] = "run_recorded"
    status: str = "error"  # pass, fail or error (results.Status)
    passed: int = 0
    failed: int = 0
    error_type: str | None = None
    duration_seconds: float = 0.0
    result: dict[str, Any] | None = None  # the whole RunResult.to_json()
    pattern: str | None = None  # the failure's normalised signature (core.errors)
    concepts: tuple[str, ...] = ()
    help_level: int | None = None  # the highest hint given before this run, if any
    observed: bool = False  # whether this run updates the skill estimates


@dataclass(frozen=True)
class HintGiven(Event):
    kind: ClassVar[str] = "hint_given"
    level: int = 0
    intent: str = "hint"
    key: str = ""  # which hint was served, so the next one can walk forward
    provider: str = "offline"
    rationale: str = ""
    text: str = ""
    path: str = ""
    line: int = 0
    tone: str = "neutral"


@dataclass(frozen=True)
class ExerciseCompleted(Event):
    kind: ClassVar[str] = "exercise_completed"
    seconds_to_green: float = 0.0
    hint_levels: tuple[int, ...] = ()
    concepts: tuple[str, ...] = ()
    moments: tuple[str, ...] = ()  # the appreciation shown (core.appreciation kinds)


@dataclass(frozen=True)
class RiskDetected(Event):
    kind: ClassVar[str] = "risk_detected"
    code: str = ""
    category: str = ""
    concept: str = ""
    path: str = ""
    line: int = 0


EVENT_TYPES: dict[str, type[Event]] = {
    cls.kind: cls
    for cls in (ExerciseStarted, RunRecorded, HintGiven, ExerciseCompleted, RiskDetected)
}


def event_from_row(kind: str, workspace: str, exercise_id: str, at: float,
                   payload: dict[str, Any]) -> Event:
    """Rebuild an event from its stored form; unknown payload keys are ignored."""
    cls = EVENT_TYPES[kind]
    names = {f.name for f in fields(cls)}
    data = {k: (tuple(v) if isinstance(v, list) else v) for k, v in payload.items() if k in names}
    return cls(workspace=workspace, exercise_id=exercise_id, at=at, **data)

