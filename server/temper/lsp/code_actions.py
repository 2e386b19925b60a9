"""The hint ladder as code actions: listed cheaply from the session, never waiting on a provider."""

from __future__ import annotations

from lsprotocol import types

from temper.lsp.convert import HINT_ACTION_KIND, SOURCE, ladder_actions
from temper.lsp.server import TemperServer
from temper.lsp.uris import is_file_uri, uri_to_path


def code_action(ls: TemperServer, params: types.CodeActionParams
                ) -> list[types.CodeAction] | None:
    only = params.context.only
    if only and not any(HINT_ACTION_KIND.startswith(kind) for kind in only):
        return None
    coach = ls.coach
    if not is_file_uri(params.text_document.uri):
        return None
    session = coach.session_for(uri_to_path(params.text_document.uri)) if coach else None
    if coach is None or session is None or not session.exercise_id:
        return None
    offered, closed = coach.ladder(session)
    ours = [d for d in params.context.diagnostics if d.source == SOURCE]
    return ladder_actions(params.text_document.uri, params.range.start.line, offered, closed,
                          ours)


def register(server: TemperServer) -> None:
    server.feature(types.TEXT_DOCUMENT_CODE_ACTION, types.CodeActionOptions(
        code_action_kinds=[HINT_ACTION_KIND], resolve_provider=False))(code_action)
