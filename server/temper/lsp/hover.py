"""Hovers: the full text of a delivered hint, its level and why; the details of a failing test.

Reads what is already computed and never waits on a provider or a run.
"""

from __future__ import annotations

from lsprotocol import types

from temper.lsp.convert import failure_markdown, hint_markdown, on_lines_of
from temper.lsp.convert import hover as make_hover
from temper.lsp.server import TemperServer, uri_to_path


def hover(ls: TemperServer, params: types.HoverParams) -> types.Hover | None:
    uri, position = params.text_document.uri, params.position
    parts, where = [], None
    note = ls.hint_notes.get(uri)
    if note is not None and on_lines_of(note.range, position):
        parts.append(hint_markdown(note))
        where = note.range
    failing = {d.data.get("test") for d in ls.run_diagnostics.get(uri, [])
               if isinstance(d.data, dict) and d.data.get("kind") == "test"
               and on_lines_of(d.range, position)}
    session = ls.coach.session_for(uri_to_path(uri)) if ls.coach and failing else None
    run = ls.coach.last_run(session) if ls.coach and session else None
    for test in run.tests if run else ():
        if test.name in failing:
            parts.append(failure_markdown(test))
    return make_hover("\n\n---\n\n".join(parts), where) if parts else None


def register(server: TemperServer) -> None:
    server.feature(types.TEXT_DOCUMENT_HOVER)(hover)
