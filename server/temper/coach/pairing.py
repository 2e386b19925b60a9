"""The coach: pairing sessions per workspace folder, hints through the contract, runs into the profile.

Both the language server and the command line drive the learning loop through `Coach`; it owns
no editor or terminal code.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from temper import __version__
from temper.catalog.exercises import Catalog, Exercise
from temper.coach.background import BackgroundQueue
from temper.coach.hint_context import hint_location, learner_sources, recollections
from temper.coach.recommend import History, Recommendation, recommend
from temper.coach.restraint import hold, secrets_and_public
from temper.core import contract
from temper.core.appreciation import THROTTLE_SECONDS, moments
from temper.core.contract import Decision, Intent, Request
from temper.core.errors import pattern
from temper.core.events import (
    ExerciseCompleted,
    ExerciseStarted,
    HintGiven,
    RiskDetected,
    RunRecorded,
)
from temper.core.fact_lines import basis
from temper.core.levels import Level
from temper.core.localization import Localization
from temper.core.results import Location, RunResult, Status, result_from_json
from temper.core.risks import Detection, Rule
from temper.core.session import PairingSession
from temper.core.skill import mean_skill
from temper.core.tone import Tone, current_tone
from temper.product.project import hint_focus
from temper.product.workspace import find_workspace, workspace_language
from temper.profile.store import ProfileStore
from temper.providers.base import HintRequest, Provider
from temper.providers.offline import OfflineProvider
from temper.runner import backends, execute
from temper.settings import Settings

log = logging.getLogger(__name__)
TONE_WINDOW = 3600  # how far back the coach's mood looks


@dataclass(frozen=True)
class HintOutcome:
    level: Level
    decision: Decision
    text: str
    provider: str
    location: Location  # where the hint points, relative to the workspace
    notice: str | None = None
    tone: Tone = Tone.NEUTRAL
    tone_reason: str = ""
    basis: tuple[str, ...] = ()  # what the hint was built from (`temper hint --explain-why`)


@dataclass(frozen=True)
class RunOutcome:
    result: RunResult
    completed_now: bool = False
    message: str = ""
    next_exercise: Recommendation | None = None


class Coach:
    def __init__(self, store: ProfileStore, catalog: Catalog, settings: Settings,
                 provider: Provider | None = None, clock: Callable[[], float] = time.time):
        self.store, self.catalog, self.settings = store, catalog, settings
        self.provider = provider or OfflineProvider()
        self.chosen = provider is not None  # else the settings choose per hint
        self.guards = None  # circuit breakers and bulkheads, kept across hints
        self.clock = clock
        self.sessions: dict[str, PairingSession] = {}
        self.seen: dict[str, int] = {}  # the newest event id each session has folded in
        self.queue = BackgroundQueue(name="coach")  # slow work: remembering mistakes
        self.skills: dict[str, float] = {}
        self.localizations: dict[str, Localization] = {}  # per workspace, for its latest run
        self.dependency = 0.0

    def apply_settings(self, settings: Settings) -> None:
        """The one place settings change. The provider guards (circuit breakers, bulkheads) are
        built again from the new limits when those change; otherwise they keep their state."""
        def limits(s: Settings) -> tuple:
            return s.breaker_threshold, s.breaker_cooldown, s.max_concurrent

        if limits(settings) != limits(self.settings):
            self.guards = None  # `_writer` builds them from the settings on the next hint
        self.settings = settings

    async def _record(self, session: PairingSession, event, write) -> None:
        """Record an event in the profile, apply it to the session, and catch up with the log."""
        await write(event)
        session.apply(event)
        await self._caught_up(session)

    @property
    def track(self) -> contract.Track:
        return contract.TRACKS[self.settings.track]

    async def refresh_profile(self) -> None:
        self.skills = await self.store.skills()
        self.dependency = await self.store.hint_dependency()

    async def open_workspace(self, folder: Path) -> PairingSession | None:
        """Resume the folder's session from the event log; None when it holds no exercise, no
        project with product specs and no tests Temper can find."""
        marker = await asyncio.to_thread(find_workspace, folder)
        if marker is None:
            return None
        workspace = str(marker.root)
        session = PairingSession.replay(workspace, await self.store.workspace_events(workspace))
        fresh = session.started_at is None or session.started_at < marker.started_at - 1
        if session.exercise_id != marker.exercise_id or fresh:
            exercise = self.catalog.exercises.get(marker.exercise_id)
            event = ExerciseStarted(workspace, marker.exercise_id, self.clock(),
                                    tuple(exercise.concepts) if exercise else ())
            await self.store.start_exercise(event)
            session = PairingSession.replay(workspace, [event])
        self.sessions[workspace] = session
        await self._caught_up(session)
        return session

    async def current(self, session: PairingSession) -> PairingSession:
        """The session as the log has it now: the command line may have written to it (a
        reset, a hint, a run) while this process held it."""
        if await self.store.latest_id(session.workspace) == self.seen.get(session.workspace):
            return session
        return await self.open_workspace(Path(session.workspace)) or session

    async def _caught_up(self, session: PairingSession) -> None:
        self.seen[session.workspace] = await self.store.latest_id(session.workspace)

    def session_for(self, path: Path) -> PairingSession | None:
        """The open session whose folder contains `path`."""
        path = path.resolve()
        holding = [w for w in self.sessions if path.is_relative_to(w)]
        return self.sessions[max(holding, key=len)] if holding else None

    def exercise(self, session: PairingSession) -> Exercise | None:
        return self.catalog.exercises.get(session.exercise_id or "")

    def situation(self, session: PairingSession, intent: Intent) -> contract.Situation:
        exercise = self.exercise(session)
        skill = mean_skill(self.skills, exercise.concepts) if exercise else None
        return session.situation(intent, self.clock(), skill, self.dependency)

    def ladder(self, session: PairingSession, intent: Intent = Intent.HINT
               ) -> tuple[Level, dict[Level, str | None]]:
        return contract.ladder(self.situation(session, intent), self.track)

    def last_run(self, session: PairingSession) -> RunResult | None:
        for run in reversed(session.runs):
            if run.result:
                return result_from_json(run.result)
        return None

    def health(self) -> dict:
        """What `temper doctor` and the editors' health checks report."""
        import importlib.metadata

        try:
            pytest_version = importlib.metadata.version("pytest")
        except importlib.metadata.PackageNotFoundError:
            pytest_version = None
        return {
            "version": __version__, "python": sys.version.split()[0],
            "interpreter": sys.executable, "provider": self.provider.name if self.chosen else self.settings.provider,
            "configuredProvider": self.settings.provider, "track": self.settings.track,
            "runner": {**backends.describe(self.settings.runner), "pytest": pytest_version},
            "profile": str(self.store.path), "exercises": len(self.catalog.exercises),
            "catalogErrors": self.catalog.errors,
        }

    async def hint(self, session: PairingSession, path: str, line: int, code: str,
                   intent: Intent = Intent.HINT, level: Level | None = None,
                   justification: str = "", on_text: Callable[[str], None] | None = None
                   ) -> HintOutcome:
        """Decide the level, write the hint, hold it to the level, and record it. `on_text`
        receives an LLM's partial text while it writes (the guard has not seen it yet)."""
        session = await self.current(session)
        decision = contract.select_level(self.situation(session, intent), self.track,
                                         Request(level, justification))
        exercise = self.exercise(session)
        run = self.last_run(session)
        localization = self.localizations.get(session.workspace)
        now = self.clock()
        tone, tone_reason = current_tone(await self.store.events_since(now - TONE_WINDOW), now,
                                         self.dependency)
        request = HintRequest(decision.level, intent, exercise, path, line, code, run,
                              frozenset(session.hint_keys()), tone,
                              await recollections(self.store, session, path, decision.level,
                                                  exercise, run),
                              risks=tuple(f"line {d.line}: {d.code}" for d in session.detections
                                          if d.path == path),
                              profile=f"hint dependency {self.dependency:.2f} (0 = none, 1 = "
                                      "leans on hints)",
                              explicit=level is not None, on_text=on_text,
                              goal="" if exercise else
                              await asyncio.to_thread(hint_focus, session.workspace, run),
                              localization=localization,
                              sources=await asyncio.to_thread(learner_sources, session.workspace, run,
                                                              localization))
        provider = self.provider if self.chosen else self._writer(decision.level)
        written = await provider.hint(request)
        text, notice = written.text, written.notice
        secrets, public = secrets_and_public(exercise, localization, decision.level,
                                             {**request.sources, path: code})
        text, problem = hold(text, decision.level, run, path, line,
                             exercise.concepts if exercise else (), secrets, public,
                             localization)
        if problem:
            log.info("hint from %s withheld: %s", written.provider, problem)
            if written.provider != "offline":  # the offline coach's own wording is its business
                notice = f"A hint was withheld because it contained {problem}."
        location = hint_location(decision.level, run, path, line, localization)
        event = HintGiven(session.workspace, session.exercise_id or "", self.clock(),
                          level=int(decision.level), intent=intent.value, key=written.key,
                          provider=written.provider, rationale=decision.reason, text=text,
                          path=location.path, line=location.line, tone=tone.value)
        if session.exercise_id:
            await self._record(session, event, self.store.record_hint)
            await self.refresh_profile()
        return HintOutcome(decision.level, decision, text, written.provider, location, notice,
                           tone, tone_reason, basis(run, localization, written.key))

    def _writer(self, level: Level) -> Provider:
        """The settings' provider chain for one hint (see providers.select)."""
        from temper.providers import select

        if self.guards is None:
            self.guards = select.GuardRegistry(self.settings)
        return select.writer(self.settings, level, self.guards, self.store)

    async def record_detections(self, session: PairingSession, path: Path,
                                found: list[Detection], known: dict[str, Rule]) -> None:
        """Keep each kind of risk a saved file shows once per attempt, as profile evidence."""
        relpath = path.resolve().relative_to(session.workspace).as_posix()
        seen = {(d.code, d.path) for d in session.detections}
        for detection in found:
            rule = known.get(detection.code)
            if rule is None or (detection.code, relpath) in seen:
                continue
            seen.add((detection.code, relpath))
            event = RiskDetected(session.workspace, session.exercise_id or "", self.clock(),
                                 code=detection.code, category=rule.category.value,
                                 concept=rule.concept, path=relpath, line=detection.line)
            await self._record(session, event, self.store.record_detection)

    async def close(self) -> None:
        """Finish queued work, then close the profile."""
        try:
            await asyncio.wait_for(self.queue.join(), 10)
        except TimeoutError:
            log.warning("closing with %d background jobs unfinished", self.queue.pending)
        await self.queue.close()
        await self.store.close()

    def record_localization(self, folder: str | Path, localization: Localization) -> None:
        """Keep where the latest run's mistake most likely is, for the hints that follow."""
        session = self.session_for(Path(folder))
        if session is not None:
            self.localizations[session.workspace] = localization

    async def run(self, session: PairingSession, overlays: dict[str, str] | None = None
                  ) -> RunOutcome:
        """Run the exercise's tests in the sandbox and record the result."""
        exercise = self.exercise(session)
        language = await asyncio.to_thread(workspace_language, session.workspace,
                                           exercise.language if exercise else None)
        timeout = min(self.settings.run_timeout, exercise.check.timeout) if exercise \
            else self.settings.run_timeout
        tests = sorted(exercise.tests) if exercise else None
        result, transcript = await execute(Path(session.workspace), language, tests, timeout,
                                           overlays, backend=self.settings.runner)
        outcome = await self.record_run(session, result)
        if session.exercise_id:
            await self.store.log_run(
                at=self.clock(), workspace=session.workspace, exercise_id=session.exercise_id,
                language=language, status=result.status.value, passed=result.passed,
                failed=result.failed, transcript=transcript)
        return outcome

    async def record_run(self, session: PairingSession, result: RunResult) -> RunOutcome:
        session = await self.current(session)
        if not result.cancelled:
            self.localizations.pop(session.workspace, None)  # it was about the previous run
        exercise = self.exercise(session)
        if result.cancelled or not session.exercise_id:
            return RunOutcome(result)
        now = self.clock()
        last_hint = session.hints[-1].at if session.hints else session.started_at or 0
        failed_since = [r for r in session.runs if r.at >= last_hint and r.status != "pass"]
        passed = result.status is Status.PASS
        failure = result.first_failure
        error_type = result.error_type or (failure.error_type if failure else None)
        language = exercise.language if exercise else \
            await asyncio.to_thread(workspace_language, session.workspace)
        event = RunRecorded(
            session.workspace, session.exercise_id, now, status=result.status.value,
            passed=result.passed, failed=result.failed, error_type=error_type,
            duration_seconds=result.duration_seconds, result=result.to_json(),
            pattern=pattern(language, error_type, failure.message if failure else result.message),
            concepts=tuple(exercise.concepts) if exercise else (),
            help_level=max((int(lv) for lv in session.levels_given), default=None),
            # one failure per hint window counts for skill, and nothing after completion
            observed=(passed or not failed_since) and session.completed_at is None)
        before, dependency_before = dict(self.skills), self.dependency
        await self._record(session, event, self.store.record_run)
        if not passed:
            self.queue.submit(lambda: self.store.remember_mistake(event), name="remember")
        await self.refresh_profile()
        if not passed or session.completed_at is not None or exercise is None:
            return RunOutcome(result, message=result.summary())
        recent = await self.store.events_since(now - THROTTLE_SECONDS)
        shown = {k for e in recent if isinstance(e, ExerciseCompleted) for k in e.moments}
        found = moments(runs=len(session.runs), hints=len(session.hints),
                        concepts=exercise.concepts if exercise else [], before=before,
                        after=self.skills, dependency_before=dependency_before,
                        dependency_after=self.dependency, recent_kinds=shown)
        done = ExerciseCompleted(session.workspace, session.exercise_id, now,
                                 seconds_to_green=now - (session.started_at or now),
                                 hint_levels=tuple(int(lv) for lv in session.levels_given),
                                 concepts=tuple(exercise.concepts) if exercise else (),
                                 moments=tuple(m.kind for m in found))
        await self._record(session, done, self.store.record_completion)
        await self.refresh_profile()
        completed = History.from_profile((await self.store.profile())["exercises"]).completed
        suggestion = recommend(self.catalog, History(completed, session.exercise_id,
                                                     clean=not session.hints), self.skills)
        summary = self._summary(session, result)
        return RunOutcome(result, True, " ".join([summary, *(m.text for m in found)]),
                          suggestion)

    async def next_exercise(self, language: str | None = None) -> Recommendation | None:
        """What to practise next, from the profile (see `recommend`)."""
        history = History.from_profile((await self.store.profile())["exercises"])
        return recommend(self.catalog, history, self.skills, language)

    @staticmethod
    def _summary(session: PairingSession, result: RunResult) -> str:
        """The evidence of a completion: runs and the help taken."""
        runs, hints = len(session.runs), session.levels_given
        help_text = ("without a single hint" if not hints else
                     f"with {len(hints)} hint{'s' * (len(hints) > 1)} (highest "
                     f"L{int(max(hints))})")
        return (f"All {result.passed} tests pass. You got there in {runs} "
                f"run{'s' * (runs > 1)}, {help_text}.")

