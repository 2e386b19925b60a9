"""A pairing session: one workspace folder working on one exercise, folded from its events."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from temper.core.contract import Intent, Situation, TestState
from temper.core.events import (
    Event,
    ExerciseCompleted,
    ExerciseStarted,
    HintGiven,
    RiskDetected,
    RunRecorded,
)
from temper.core.levels import Level
from temper.core.results import TIMEOUT


@dataclass
class PairingSession:
    workspace: str
    exercise_id: str | None = None
    started_at: float | None = None
    completed_at: float | None = None
    runs: list[RunRecorded] = field(default_factory=list)
    hints: list[HintGiven] = field(default_factory=list)
    detections: list[RiskDetected] = field(default_factory=list)

    @classmethod
    def replay(cls, workspace: str, events: Iterable[Event]) -> PairingSession:
        session = cls(workspace)
        for event in events:
            session.apply(event)
        return session

    def apply(self, event: Event) -> None:
        """Fold one event in; a new ExerciseStarted begins a fresh attempt."""
        if isinstance(event, ExerciseStarted):
            self.exercise_id, self.started_at, self.completed_at = event.exercise_id, event.at, None
            self.runs, self.hints, self.detections = [], [], []
        elif event.exercise_id != self.exercise_id:
            return
        elif isinstance(event, RunRecorded):
            self.runs.append(event)
        elif isinstance(event, HintGiven):
            self.hints.append(event)
        elif isinstance(event, RiskDetected):
            self.detections.append(event)
        elif isinstance(event, ExerciseCompleted):
            self.completed_at = self.completed_at or event.at

    @property
    def test_state(self) -> TestState:
        if not self.runs:
            return TestState.UNKNOWN
        last = self.runs[-1]
        if last.status == "pass":
            return TestState.PASSING
        tests = (last.result or {}).get("tests") or ()
        if last.error_type == TIMEOUT or any(t.get("error_type") == TIMEOUT for t in tests):
            return TestState.HANGING
        return TestState.BUILD_ERROR if last.status == "error" else TestState.FAILING

    @property
    def failed_runs(self) -> int:
        return sum(r.status != "pass" for r in self.runs)

    @property
    def levels_given(self) -> tuple[Level, ...]:
        return tuple(Level(h.level) for h in self.hints)

    def hint_keys(self) -> set[str]:
        return {h.key for h in self.hints}

    def situation(self, intent: Intent, now: float, skill: float | None = None,
                  hint_dependency: float = 0.0) -> Situation:
        """The evidence the Learning Contract reads, as of `now`."""
        last_hint = self.hints[-1].at if self.hints else None
        strong = [h.at for h in self.hints if h.level >= Level.L3]
        failed_since = sum(r.status != "pass" for r in self.runs
                           if last_hint is None or r.at > last_hint)
        return Situation(
            intent=intent,
            test_state=self.test_state,
            skill=skill,
            failed_runs=self.failed_runs,
            failed_runs_since_last_hint=failed_since if last_hint is not None else 0,
            seconds_since_last_hint=None if last_hint is None else max(0.0, now - last_hint),
            seconds_since_last_strong_hint=max(0.0, now - strong[-1]) if strong else None,
            hint_dependency=hint_dependency,
            levels_given=self.levels_given,
        )
