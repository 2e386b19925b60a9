"""Risk detections as live diagnostics: debounced while typing, off the event loop, dropped when
the document has moved on; ruff joins on save, and saved detections feed the profile."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

from temper.core.languages import language_of
from temper.lsp import documents
from temper.lsp.convert import risk_diagnostic
from temper.lsp.debounce import debounce
from temper.lsp.server import TemperServer
from temper.lsp.uris import uri_to_path

log = logging.getLogger(__name__)
MAX_ANALYSED_CHARS = 100_000  # larger documents are not checked for risks


def _starter(ls: TemperServer, path: Path) -> str | None:
    """The catalog's starter text for this file, when it belongs to an exercise."""
    coach = ls.coach
    session = coach.session_for(path) if coach else None
    exercise = coach.exercise(session) if coach and session else None
    if exercise is None:
        return None
    relpath = path.resolve().relative_to(session.workspace).as_posix()
    return exercise.starter.get(relpath)


async def analyse(ls: TemperServer, uri: str, thorough: bool, source: str | None):
    """Check one document's text; what to publish while it is still that version."""
    from temper import risks

    path = uri_to_path(uri)
    language = language_of(path)
    if source is None or language is None:
        return None
    if len(source) > MAX_ANALYSED_CHARS:  # a generated or pasted blob, not a learner's file:
        log.info("risks: %s is over %d characters; not checked", uri, MAX_ANALYSED_CHARS)
        return None  # checking it would hold a core for seconds per keystroke
    if thorough:
        found = await risks.thorough(language, source, str(path))
    else:
        found = await asyncio.to_thread(risks.quick, language, source, str(path))
    found = risks.outside_starter(found, source, _starter(ls, path))
    known, lines = risks.rules(), source.splitlines()

    async def apply() -> None:
        ls.diagnostics.put("risk", uri, [risk_diagnostic(d, known[d.code], lines)
                                         for d in found if d.code in known])
        ls.publish(uri)
        if thorough and ls.coach is not None:
            session = ls.coach.session_for(path)
            if session is not None and session.exercise_id:
                await ls.coach.record_detections(session, path, found, known)
    return apply


def schedule(ls: TemperServer, uri: str, thorough: bool = False) -> None:
    """Replace the pending analysis of `uri` with a new one (debounced while typing)."""
    debounce(ls, uri, uri, lambda text: analyse(ls, uri, thorough, text), now=thorough,
             name=f"risks {uri}")


def register(server: TemperServer) -> None:
    """Quick checks while typing; thorough ones (ruff too) on open and save."""
    documents.on_open(server, lambda ls, uri: schedule(ls, uri, thorough=True))
    documents.on_change(server, schedule)
    documents.on_save(server, lambda ls, uri: schedule(ls, uri, thorough=True))
