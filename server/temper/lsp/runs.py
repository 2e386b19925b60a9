"""Test runs from the editor: one at a time per workspace, with progress, cancellable, and their
results published as diagnostics. A newer save cancels the run still going."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

from lsprotocol import types

from temper.core.session import PairingSession
from temper.lsp import documents, localization, next_up, product_specs, progress
from temper.lsp.convert import at_fault, run_diagnostics
from temper.lsp.server import TemperServer
from temper.lsp.uris import is_file_uri, uri_to_path

log = logging.getLogger(__name__)


def _unwritable(path: Path, root: Path, text: str) -> str | None:
    """Why an open document cannot be written into the run's copy as a file, if it cannot."""
    if path == root or path.is_dir():
        return "it names a folder, not a file"
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        line = text.count("\n", 0, exc.start) + 1
        return f"line {line} holds a character that is not valid text ({exc.reason})"
    return None


def open_overlays(ls: TemperServer, workspace: str) -> dict[str, str]:
    """The editor's text of every open document inside the workspace, by relative path. A
    document that cannot be a file (a folder's URI, text that is not valid UTF-8) is left out:
    the run uses what is on disk, and the learner is told once per document and reason."""
    root = Path(workspace)
    overlays = {}
    for uri, document in list(ls.workspace.text_documents.items()):
        if not is_file_uri(uri):
            continue
        try:
            path = uri_to_path(uri).resolve()
        except (OSError, ValueError, RuntimeError):
            continue
        if not path.is_relative_to(root):
            continue
        text = document.source
        problem = _unwritable(path, root, text)
        relpath = path.relative_to(root).as_posix()
        if problem is not None:
            log.warning("overlay skipped: %s: %s", uri, problem)
            ls.tell(f"Temper runs the tests without your unsaved {relpath or uri}: {problem}.",
                    types.MessageType.Warning, cause=f"overlay {uri} {problem}")
            continue
        overlays[relpath] = text
    return overlays


def schedule(ls: TemperServer, session: PairingSession, overlays: dict[str, str] | None = None
             ) -> asyncio.Task:
    """Start a run for the session's folder, cancelling the one still going there."""
    previous = ls.runs.get(session.workspace)
    if previous is not None and not previous.done():
        previous.cancel()
    localization.cancel(ls, session.workspace)
    task = ls.run_task(_run(ls, session, overlays, previous), f"run {session.workspace}")
    ls.runs[session.workspace] = task
    return task


async def _run(ls: TemperServer, session: PairingSession, overlays: dict[str, str] | None,
               previous: asyncio.Task | None) -> None:
    if previous is not None:
        await asyncio.wait([previous])  # its sandbox is reaped before the next one starts
    coach = await ls.wait_ready()
    token = await progress.begin(ls, "run", f"Temper: testing {session.exercise_id}",
                                 "running the tests", on_cancel=asyncio.current_task().cancel)
    try:
        outcome = await coach.run(session, overlays)
    except asyncio.CancelledError:
        progress.end(ls, token, "cancelled: a newer run replaced this one")
        raise
    except Exception:
        progress.end(ls, token, "the run failed; see the Temper log")
        raise
    progress.end(ls, token, outcome.result.summary())
    publish_run(ls, session, outcome.result)
    localization.start(ls, session, outcome.result, overlays,
                       lambda found: publish_run(ls, session, outcome.result, found))
    product_specs.after_run(ls, session.workspace)
    if outcome.completed_now:  # the question waits for the learner; the run does not
        ls.run_task(next_up.offer(ls, session, outcome.message, outcome.next_exercise),
                    f"next after {session.exercise_id}")
    elif outcome.result.timed_out or outcome.result.status.value == "error":
        ls.tell(f"Temper: {outcome.result.summary()}", types.MessageType.Warning)


def _run_on_save(ls: TemperServer, uri: str) -> None:
    coach = ls.coach
    session = coach.session_for(uri_to_path(uri)) if coach else None
    if session is not None and coach.settings.run_on_save:
        schedule(ls, session)


def register(server: TemperServer) -> None:
    """A save runs the tests of the file's folder (setting runOnSave)."""
    documents.on_save(server, _run_on_save)


def publish_run(ls: TemperServer, session: PairingSession, result, found=None) -> None:
    """Replace the folder's run diagnostics with this run's; a green run clears hints too.
    With a localization `found`, failures sit on the line at fault."""
    root = Path(session.workspace)
    stale = {uri for uri in (*ls.diagnostics.uris("run"), *ls.hint_notes)
             if uri_to_path(uri).resolve().is_relative_to(root)}
    for uri in stale:
        ls.diagnostics.drop("run", uri)
        if result.status.value == "pass":
            ls.hint_notes.pop(uri, None)
    by_path = run_diagnostics(result, lambda rel: ls.document_lines(ls.uri_for(root / rel)),
                              session.exercise_id or "")
    if found is not None:
        by_path = at_fault(by_path, result, found,
                           lambda rel: ls.document_lines(ls.uri_for(root / rel)),
                           lambda rel: ls.uri_for(root / rel), session.exercise_id or "")
    fresh = set()
    for relpath, diagnostics in by_path.items():
        uri = ls.uri_for(root / relpath)
        ls.diagnostics.put("run", uri, diagnostics)
        fresh.add(uri)
    for uri in stale | fresh:
        ls.publish(uri)

