"""Hovers: the full text of a delivered hint, its level and why; the details of a failing test;
what a risk detection means, worded for the level the learner is allowed.

Reads what is already computed and never waits on a provider or a run.
"""

from __future__ import annotations

from lsprotocol import types

from temper.core.levels import Level
from temper.core.risks import explanation
from temper.lsp import exercise_specs
from temper.lsp.convert import failure_markdown, hint_markdown, on_lines_of, to_client
from temper.lsp.convert import hover as make_hover
from temper.lsp.server import TemperServer
from temper.lsp.uris import uri_to_path


def hover(ls: TemperServer, params: types.HoverParams) -> types.Hover | None:
    uri, position = params.text_document.uri, params.position
    if exercise_specs.is_exercise_spec(uri):
        return exercise_specs.spec_hover(ls, params)
    parts, where = [], None
    note = ls.hint_notes.get(uri)
    if note is not None and on_lines_of(note.range, position):
        parts.append(hint_markdown(note))
        where = note.range
    failing = {d.data.get("test") for d in ls.diagnostics.get("run", uri)
               if isinstance(d.data, dict) and d.data.get("kind") == "test"
               and on_lines_of(d.range, position)}
    session = ls.coach.session_for(uri_to_path(uri)) if ls.coach else None
    run = ls.coach.last_run(session) if ls.coach and session and failing else None
    for test in run.tests if run else ():
        if test.name in failing:
            parts.append(failure_markdown(test))
    risky = [d for d in ls.diagnostics.get("risk", uri) if on_lines_of(d.range, position)]
    if risky:
        from temper.risks import rules

        # worded for the level the contract allows now: the fix shows only from L3 up
        level = ls.coach.ladder(session)[0] if ls.coach and session else Level.L2
        known = rules()
        parts += [explanation(known[str(d.code)], level) for d in risky if str(d.code) in known]
    if not parts:
        return None
    if where is not None:
        where = to_client(ls.document_lines(uri), where, ls.client.encoding)
    return make_hover("\n\n---\n\n".join(parts), where)


def register(server: TemperServer) -> None:
    server.feature(types.TEXT_DOCUMENT_HOVER)(hover)
