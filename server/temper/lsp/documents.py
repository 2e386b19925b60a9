"""Document events: find the file's pairing session on open, run the tests on save, and check
the file for risks on both."""

from __future__ import annotations

from lsprotocol import types

from temper.lsp import exercise_specs, product_specs, risks, runs
from temper.lsp.server import TemperServer
from temper.lsp.uris import is_file_uri, uri_to_path


async def did_open(ls: TemperServer, params: types.DidOpenTextDocumentParams) -> None:
    uri = params.text_document.uri
    if not is_file_uri(uri):
        return
    path = uri_to_path(uri)
    ls.client_uris[str(path.resolve())] = uri
    coach = await ls.wait_ready()
    if coach.session_for(path) is None:
        await coach.open_workspace(path.parent)
    if product_specs.is_spec(uri):
        product_specs.schedule(ls, uri, now=True)
    if exercise_specs.is_exercise_spec(uri):
        exercise_specs.schedule(ls, uri, now=True)
    risks.schedule(ls, params.text_document.uri, thorough=True)


async def did_save(ls: TemperServer, params: types.DidSaveTextDocumentParams) -> None:
    if not is_file_uri(params.text_document.uri):
        return
    coach = await ls.wait_ready()
    risks.schedule(ls, params.text_document.uri, thorough=True)
    session = coach.session_for(uri_to_path(params.text_document.uri))
    if session is not None and coach.settings.run_on_save:
        runs.schedule(ls, session)


def register(server: TemperServer) -> None:
    server.feature(types.TEXT_DOCUMENT_DID_OPEN)(did_open)
    server.feature(types.TEXT_DOCUMENT_DID_SAVE,
                   types.SaveOptions(include_text=False))(did_save)
