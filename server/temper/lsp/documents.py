"""Document events: the file's pairing session is found on open; then every feature's hooks run
(risks, product specs, exercise specs, runs register their own: `on_open`, `on_change`,
`on_save`)."""

from __future__ import annotations

from lsprotocol import types

from temper.lsp.hooks import Hook
from temper.lsp.server import TemperServer
from temper.lsp.uris import is_file_uri, uri_to_path


def on_open(server: TemperServer, hook: Hook) -> None:
    server.document_hooks.opened.append(hook)


def on_change(server: TemperServer, hook: Hook) -> None:
    server.document_hooks.changed.append(hook)


def on_save(server: TemperServer, hook: Hook) -> None:
    server.document_hooks.saved.append(hook)


async def did_open(ls: TemperServer, params: types.DidOpenTextDocumentParams) -> None:
    uri = params.text_document.uri
    if not is_file_uri(uri):
        return
    path = uri_to_path(uri)
    ls.client_uris[str(path.resolve())] = uri
    coach = await ls.wait_ready()
    if coach.session_for(path) is None:
        await coach.open_workspace(path.parent)
    for hook in ls.document_hooks.opened:
        hook(ls, uri)


async def did_change(ls: TemperServer, params: types.DidChangeTextDocumentParams) -> None:
    if is_file_uri(params.text_document.uri):
        for hook in ls.document_hooks.changed:
            hook(ls, params.text_document.uri)


async def did_save(ls: TemperServer, params: types.DidSaveTextDocumentParams) -> None:
    if not is_file_uri(params.text_document.uri):
        return
    await ls.wait_ready()
    for hook in ls.document_hooks.saved:
        hook(ls, params.text_document.uri)


def register(server: TemperServer) -> None:
    server.feature(types.TEXT_DOCUMENT_DID_OPEN)(did_open)
    server.feature(types.TEXT_DOCUMENT_DID_CHANGE)(did_change)
    server.feature(types.TEXT_DOCUMENT_DID_SAVE,
                   types.SaveOptions(include_text=False))(did_save)
