"""Product specs in the editor: `.specs/*.yaml` checked as they are edited, and each acceptance
criterion's progress from the latest run shown on its line (a code lens always, and a diagnostic
while it is not met)."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from lsprotocol import types

from temper.core.results import RunResult
from temper.lsp import documents
from temper.lsp.convert import criterion_lens, line_range, spec_diagnostic, to_client
from temper.lsp.debounce import debounce
from temper.lsp.server import TemperServer
from temper.lsp.uris import is_file_uri, uri_to_path
from temper.product import SPECS_DIR

if TYPE_CHECKING:  # the spec models (pydantic) load when a spec is first checked
    from temper.product.project import SpecFile

log = logging.getLogger(__name__)


def is_spec(uri: str) -> bool:
    path = uri_to_path(uri)
    return (is_file_uri(uri) and path.parent.name == SPECS_DIR
            and path.suffix in (".yaml", ".yml"))


def _spec_file(ls: TemperServer, uri: str, checked: bool = True) -> SpecFile:
    from temper.product.project import load_spec

    path = uri_to_path(uri)
    document = ls.workspace.text_documents.get(uri)
    return load_spec(path, path.parent.parent, document.source if document else None, checked)


def _last_run(ls: TemperServer, path: Path) -> RunResult | None:
    coach = ls.coach
    session = coach.session_for(path) if coach else None
    return coach.last_run(session) if coach and session else None


async def check(ls: TemperServer, uri: str, text: str | None):
    """Validate a spec document (open or on disk); what to publish while it is still that
    version: its problems and the criteria not met yet."""
    spec_file = await asyncio.to_thread(_spec_file, ls, uri)
    lines = ls.document_lines(uri)
    found = [spec_diagnostic(p.severity, p.message, line_range(lines, spec_file.line(p.where)))
             for p in spec_file.problems]
    run = _last_run(ls, uri_to_path(uri))
    if spec_file.spec is not None and run is not None:
        from temper.product.progress import State, progress

        for item in progress(spec_file.spec, run).criteria:
            if item.state in (State.FAILING, State.NOT_RUN):
                where = line_range(lines, spec_file.criterion_line(item.criterion.id))
                found.append(spec_diagnostic("information", item.describe(), where))

    def apply() -> None:
        ls.diagnostics.put("spec", uri, found)
        ls.publish(uri)
    return apply


def schedule(ls: TemperServer, uri: str, now: bool = False) -> None:
    """Check the spec again, debounced while typing."""
    debounce(ls, f"product:{uri}", uri, lambda text: check(ls, uri, text), now=now,
             name=f"product spec {uri}")


def after_run(ls: TemperServer, workspace: str) -> None:
    """A run changes the progress of every spec of the project: check them all again."""
    from temper.product.project import spec_paths

    paths = spec_paths(Path(workspace))
    for path in paths:
        schedule(ls, ls.uri_for(path), now=True)
    if paths and ls.client.code_lens_refresh:
        ls.run_task(_refresh_lenses(ls), "code lens refresh")


async def _refresh_lenses(ls: TemperServer) -> None:
    try:
        await ls.workspace_code_lens_refresh_async(None)
    except Exception as exc:  # a client that claims the capability may still refuse it
        log.debug("code lens refresh refused: %s", exc)


async def code_lens(ls: TemperServer, params: types.CodeLensParams
                    ) -> list[types.CodeLens] | None:
    uri = params.text_document.uri
    if not is_spec(uri):
        return None
    spec_file = await asyncio.to_thread(_spec_file, ls, uri, False)  # lenses need no checks
    if spec_file.spec is None:
        return None
    lines = ls.document_lines(uri)
    from temper.product.progress import progress

    state = progress(spec_file.spec, _last_run(ls, uri_to_path(uri)))
    def at(line: int) -> types.Range:
        return to_client(lines, line_range(lines, line), ls.client.encoding)

    lenses = [criterion_lens(uri, at(1), state.summary() if state.criteria else
                             "no acceptance criteria yet")]
    for item in state.criteria:
        lenses.append(criterion_lens(uri, at(spec_file.criterion_line(item.criterion.id)),
                                     item.describe()))
    return lenses


def _check_spec(now: bool):
    def hook(ls: TemperServer, uri: str) -> None:
        if is_spec(uri):
            schedule(ls, uri, now=now)
    return hook


def register(server: TemperServer) -> None:
    documents.on_open(server, _check_spec(now=True))
    documents.on_change(server, _check_spec(now=False))
    server.feature(types.TEXT_DOCUMENT_CODE_LENS,
                   types.CodeLensOptions(resolve_provider=False))(code_lens)
