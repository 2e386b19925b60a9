"""What a hint is written from beyond the exercise: the context sentences (risks, a similar past
mistake, a blind spot), the learner's files the facts point to, and where the hint points."""

from __future__ import annotations

from pathlib import Path

from temper.catalog.exercises import Exercise
from temper.core.errors import pattern
from temper.core.levels import Level
from temper.core.localization import Localization
from temper.core.results import Location, RunResult, Status
from temper.core.session import PairingSession
from temper.profile.store import ProfileStore


async def recollections(store: ProfileStore, session: PairingSession, path: str,
                        level: Level, exercise: Exercise | None, run: RunResult | None
                        ) -> tuple[str, ...]:
    """The context a hint is written from, beyond the exercise: risks noticed in this file,
    a similar fixed mistake ('You fixed a similar IndexError in …'), and whether the current
    error is one of the learner's blind spots."""
    if level == Level.L0:
        return ()
    sentences = [f"Temper also noticed a risk on line {d.line} ({d.code}); hover it to see "
                 "why it matters." for d in session.detections if d.path == path][-2:]
    failure = run.first_failure if run else None
    if exercise is None or run is None or run.status is Status.PASS:
        return tuple(sentences)
    error_type = run.error_type or (failure.error_type if failure else None)
    message = failure.message if failure else run.message
    found = await store.recall(
        error_type=error_type, message=message,
        test_name=failure.name if failure else None, language=exercise.language,
        exclude_exercise=exercise.id, limit=1)
    sentences += [r.sentence() for r in found]
    current = pattern(exercise.language, error_type, message)
    for spot in await store.blind_spots():
        if spot["pattern"] == current:
            sentences.append(f"This kind of error has come back in {len(spot['exercises'])} "
                             "exercises: it is one of your blind spots.")
    return tuple(sentences)


def hint_location(level: Level, run: RunResult | None, path: str, line: int,
                  localization: Localization | None = None) -> Location:
    """From L2 up a hint points at the failing place (the line localization found, else
    the learner's line the run names); below it stays where the learner is."""
    if level >= Level.L2 and run is not None:
        if run.error_location:
            return run.error_location
        top = localization.top if localization else None
        if top is not None and run.status is not Status.PASS:
            return Location(top.path, top.line)
        failure = run.first_failure
        if failure and failure.learner_location:
            return failure.learner_location
    return Location(path, line)


SOURCE_LIMIT = 200_000  # bytes of one learner file read for quoting a line


def learner_sources(workspace: str, run: RunResult | None, localization: Localization | None
             ) -> dict[str, str]:
    """The learner's files the run's facts point to, by relative path (for quoting a line)."""
    paths = {t.learner_location.path for t in (run.tests if run else ()) if t.learner_location}
    paths |= {s.path for s in (localization.suspects[:3] if localization else ())}
    found = {}
    for relpath in sorted(paths)[:5]:
        target = (Path(workspace) / relpath).resolve()
        try:
            if target.is_relative_to(Path(workspace).resolve()) and \
                    target.stat().st_size <= SOURCE_LIMIT:
                found[relpath] = target.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
    return found
