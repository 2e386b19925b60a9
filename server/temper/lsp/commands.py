"""Commands clients call through `workspace/executeCommand`; each takes one JSON object.

See docs/protocol.md for their arguments and results.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from lsprotocol import types

from temper.core.contract import MIN_JUSTIFICATION, Intent
from temper.core.levels import Level, parse_level
from temper.lsp import arguments, runs, streaming
from temper.lsp.arguments import CommandError
from temper.lsp.convert import HintNote, line_range, path_to_uri
from temper.lsp.server import TemperServer
from temper.lsp.uris import is_file_uri, uri_to_path

NOT_AN_EXERCISE = ("This file is not part of a Temper exercise. Start one with "
                   "`temper exercise start ID FOLDER` and open that folder.")


def _session(ls: TemperServer, uri: str, quiet: bool = False):
    """The session of `uri`; outside an exercise, None (with a warning unless `quiet`)."""
    if not is_file_uri(uri):
        raise CommandError("`uri` must be a file URI.")
    session = ls.coach.session_for(uri_to_path(uri)) if ls.coach else None
    if session is None or not session.exercise_id:
        if not quiet:
            ls.tell(NOT_AN_EXERCISE, types.MessageType.Warning)
        return uri, None
    return uri, session


async def hint(ls: TemperServer, *args: Any) -> dict[str, Any] | None:
    """temper.hint {uri, line, level?, intent?, justification?}: write, pin and return a hint."""
    given = arguments.parse(arguments.Hint, args)
    try:
        level = parse_level(given.level) if given.level is not None else None
    except ValueError as exc:
        raise CommandError(f"`level`: {exc}") from None
    if given.intent not in {i.value for i in Intent}:
        raise CommandError(f"`intent` must be one of: {', '.join(i.value for i in Intent)}.")
    intent, line, justification = Intent(given.intent), given.line, given.justification
    coach = await ls.wait_ready()
    uri, session = _session(ls, given.uri)
    if session is None:
        return None
    open_now = level is not None and coach.ladder(session, intent)[1].get(level) is None
    if open_now and level >= Level.L4 and len(justification.strip()) < MIN_JUSTIFICATION:
        ls.tell(f"L{int(level)} needs your reason: say what you tried and where you are stuck "
                "(the editor's Temper hint command asks for it).", types.MessageType.Warning)
        return {"needsJustification": True, "level": int(level)}
    root = Path(session.workspace)
    path = uri_to_path(uri).resolve()
    relpath = path.relative_to(root).as_posix() if path.is_relative_to(root) else path.name
    code = "".join(ls.document_lines(uri))
    try:
        writer = coach.provider.name if coach.chosen else coach.settings.provider
        outcome = await streaming.with_progress(ls, lambda on_text: coach.hint(
            session, relpath, line, code, intent, level, justification, on_text),
            enabled=writer != "offline")
    except streaming.ProgressCancelled:
        return {"cancelled": True}
    target = ls.uri_for(root / outcome.location.path)
    note = HintNote(line_range(ls.document_lines(target), outcome.location.line), outcome.level,
                    outcome.text, outcome.decision.reason, outcome.provider,
                    outcome.tone.value, outcome.tone_reason, outcome.basis)
    ls.hint_notes[target] = note
    ls.publish(target)
    summary = outcome.text.splitlines()[0]
    ls.tell(f"Temper L{int(outcome.level)}: {summary[:140]}{'…' * (len(summary) > 140)}")
    if outcome.notice:
        ls.tell(outcome.notice, types.MessageType.Warning, once=True)
    return {"level": int(outcome.level), "text": outcome.text, "rationale": outcome.decision.reason,
            "provider": outcome.provider, "uri": target, "line": outcome.location.line,
            "offered": int(outcome.decision.offered), "tone": outcome.tone.value,
            "notice": outcome.notice, "basis": list(outcome.basis)}


async def run_tests(ls: TemperServer, *args: Any) -> dict[str, Any] | None:
    """temper.runTests {uri}: run now with the editor's unsaved text; returns the result."""
    given = arguments.parse(arguments.Document, args)
    await ls.wait_ready()
    _, session = _session(ls, given.uri)
    if session is None:
        return None
    task = runs.schedule(ls, session, runs.open_overlays(ls, session.workspace))
    try:
        await asyncio.shield(task)
    except asyncio.CancelledError:
        if task.cancelled():  # a newer save replaced this run
            return {"cancelled": True}
        task.cancel()  # the request itself was cancelled: stop the run too
        raise
    result = ls.coach.last_run(session) if ls.coach else None
    return result.to_json() if result else None


async def status(ls: TemperServer, *args: Any) -> dict[str, Any]:
    """temper.status {uri}: the exercise, the test state and the level offered now."""
    given = arguments.parse(arguments.MaybeDocument, args)
    coach = await ls.wait_ready()
    # A query, asked by status bars on every editor switch: no warning outside an exercise.
    _, session = _session(ls, given.uri, quiet=True) if given.uri else (None, None)
    if session is None:
        return {"exercise": None, "track": coach.settings.track}
    offered, _ = coach.ladder(session)
    return {"exercise": session.exercise_id, "testState": session.test_state.value,
            "offeredLevel": int(offered), "track": coach.settings.track,
            "hints": len(session.hints), "runs": len(session.runs),
            "completed": session.completed_at is not None}


async def profile(ls: TemperServer, *args: Any) -> dict[str, Any]:
    """temper.profile: skills, hint dependency and exercises, as plain data."""
    arguments.parse(arguments.Nothing, args)
    coach = await ls.wait_ready()
    return await coach.store.profile()


async def health(ls: TemperServer, *args: Any) -> dict[str, Any]:
    """temper.health: version, provider, runner backend and its isolation, profile path."""
    arguments.parse(arguments.Nothing, args)
    coach = await ls.wait_ready()
    return coach.health()


async def usage(ls: TemperServer, *args: Any) -> dict[str, Any]:
    """temper.usage: hints served, per provider and level."""
    arguments.parse(arguments.Nothing, args)
    coach = await ls.wait_ready()
    return await coach.store.usage()


async def next_exercise(ls: TemperServer, *args: Any) -> dict[str, Any] | None:
    """temper.nextExercise {language?}: the recommended next exercise and why; null when none
    is left."""
    from temper.core.languages import LANGUAGES

    language = arguments.parse(arguments.NextExercise, args).language
    if language is not None and language not in LANGUAGES:
        raise CommandError(f"`language` must be one of: {', '.join(LANGUAGES)}.")
    coach = await ls.wait_ready()
    choice = await coach.next_exercise(language or None)
    return choice.to_json() if choice else None


async def exercises(ls: TemperServer, *args: Any) -> list[dict[str, Any]]:
    """temper.exercises: the catalog, without reference solutions."""
    arguments.parse(arguments.Nothing, args)
    coach = await ls.wait_ready()
    return [e.summary() for e in sorted(coach.catalog.exercises.values(), key=lambda e: e.id)]


async def start_exercise(ls: TemperServer, *args: Any) -> dict[str, Any]:
    """temper.startExercise {id, folder}: write the exercise into the folder and pair on it."""
    from temper.catalog.exercises import ExerciseError, start

    given = arguments.parse(arguments.StartExercise, args)
    coach = await ls.wait_ready()
    folder = given.folder
    if not folder:
        raise CommandError("`folder` must be a path or a file URI.")
    target = uri_to_path(folder) if folder.startswith("file:") else Path(folder).expanduser()
    try:
        marker = start(coach.catalog.get(given.id), target)
    except ExerciseError as exc:
        raise CommandError(str(exc)) from None
    await coach.open_workspace(marker.root)
    return {"id": marker.exercise_id, "folder": str(marker.root),
            "uri": path_to_uri(marker.root)}


async def hint_history(ls: TemperServer, *args: Any) -> dict[str, Any]:
    """temper.hintHistory {uri}: the hints of this exercise's current attempt, oldest first."""
    given = arguments.parse(arguments.Document, args)
    coach = await ls.wait_ready()
    _, session = _session(ls, given.uri, quiet=True)
    if session is None:
        return {"exercise": None, "hints": []}
    session = await coach.current(session)
    return {"exercise": session.exercise_id,
            "hints": [{"level": h.level, "intent": h.intent, "text": h.text,
                       "rationale": h.rationale, "provider": h.provider, "path": h.path,
                       "line": h.line, "tone": h.tone, "at": h.at} for h in session.hints]}


COMMANDS = {
    "temper.hint": hint,
    "temper.runTests": run_tests,
    "temper.status": status,
    "temper.profile": profile,
    "temper.health": health,
    "temper.usage": usage,
    "temper.exercises": exercises,
    "temper.nextExercise": next_exercise,
    "temper.startExercise": start_exercise,
    "temper.hintHistory": hint_history,
}


def register(server: TemperServer) -> None:
    for name, handler in COMMANDS.items():
        server.command(name)(handler)
