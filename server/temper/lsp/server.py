"""The Temper language server: its state, background tasks, and what it publishes to the client.

Handlers live in the feature modules (`lifecycle`, `documents`, `code_actions`, `hover`,
`commands`; runs are started by `runs`); `app.create_server` registers them. Heavy parts (the
catalog, SQLite, pydantic) load in the background after `initialized`, so the `initialize`
answer is quick. Diagnostics live in one store keyed by source and URI (`diagnostics.py`).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from lsprotocol import types
from pygls.lsp.server import LanguageServer

from temper import __version__
from temper.lsp.arguments import CommandError
from temper.lsp.client import Client
from temper.lsp.convert import HintNote, diagnostic_to_client, hint_diagnostic
from temper.lsp.diagnostics import DiagnosticsStore
from temper.lsp.hooks import DocumentHooks
from temper.lsp.uris import is_file_uri, uri_to_path

if TYPE_CHECKING:
    from temper.coach.pairing import Coach
    from temper.settings import Settings

log = logging.getLogger(__name__)


class TemperServer(LanguageServer):
    def __init__(self) -> None:
        from temper.lsp import quiet
        from temper.lsp.protocol import TemperProtocol

        quiet.install()
        super().__init__("temper", __version__, protocol_cls=TemperProtocol,
                         text_document_sync_kind=types.TextDocumentSyncKind.Incremental)
        self.coach: Coach | None = None
        self.settings: Settings | None = None
        self.client = Client()  # worked out at initialize (see client.py)
        self.document_hooks = DocumentHooks()  # each feature registers its own (documents.py)
        self.client_options: dict[str, Any] = {}
        self.ready: asyncio.Event | None = None
        self.tasks: set[asyncio.Task] = set()
        self.runs: dict[str, asyncio.Task] = {}  # the current run per workspace folder
        self.diagnostics = DiagnosticsStore()  # by source (run, risk, spec) and document URI
        self.hint_notes: dict[str, HintNote] = {}  # the latest hint per document URI
        self.analyses: dict[str, asyncio.Task] = {}  # the pending analysis per key (see replace_task)
        self.shown: set[str] = set()  # messages already shown once
        self.client_uris: dict[str, str] = {}  # resolved path → the URI the editor uses

    def run_task(self, coro: Coroutine, name: str = "") -> asyncio.Task:
        """Start background work, keep a reference, and log what it raises."""
        task = asyncio.get_running_loop().create_task(coro, name=name or None)
        self.tasks.add(task)

        def finished(done: asyncio.Task) -> None:
            self.tasks.discard(done)
            if not done.cancelled() and done.exception() is not None:
                error = done.exception()
                log.error("background task %s failed", name, exc_info=error)
                self.tell(f"Temper hit a problem ({type(error).__name__}); see the Temper log.",
                          types.MessageType.Error,
                          cause=f"{name.split(' ')[0]} {type(error).__name__}")

        task.add_done_callback(finished)
        return task

    def replace_task(self, key: str, coro: Coroutine, name: str) -> asyncio.Task:
        """Run `coro` in the background instead of the task still pending under `key` (a newer
        edit makes an older analysis pointless)."""
        pending = self.analyses.pop(key, None)
        if pending is not None and not pending.done():
            pending.cancel()
        self.analyses[key] = task = self.run_task(coro, name)
        return task

    async def wait_ready(self, timeout: float = 30) -> Coach:
        if self.ready is None:
            self.ready = asyncio.Event()
        await asyncio.wait_for(self.ready.wait(), timeout)
        assert self.coach is not None
        return self.coach

    def tell(self, message: str, kind: types.MessageType = types.MessageType.Info,
             once: bool = False, cause: str | None = None) -> None:
        """A short message for the learner; `once` shows it at most once per session, per
        `cause` when given (a message naming a per-run path is still one cause)."""
        if once or cause is not None:
            key = cause if cause is not None else message
            if key in self.shown:
                return
            self.shown.add(key)
        self.window_show_message(types.ShowMessageParams(type=kind, message=message))

    def uri_for(self, path: Path) -> str:
        """The URI the editor knows a file by: it may reach it through a symbolic link or
        percent-encode it differently from Python."""
        resolved = path.resolve()
        known = self.client_uris.get(str(resolved))
        if known:
            return known
        for folder in self.workspace.folders.values():
            root = uri_to_path(folder.uri).resolve()
            if resolved.is_relative_to(root) and is_file_uri(folder.uri):
                relative = resolved.relative_to(root).as_posix()
                return f"{folder.uri.rstrip('/')}/{quote(relative)}"
        return resolved.as_uri()

    def document_lines(self, uri: str) -> list[str]:
        """A document's lines from the editor if open, else from disk."""
        document = self.workspace.text_documents.get(uri)
        if document is not None:
            return document.lines
        try:
            return uri_to_path(uri).read_text(encoding="utf-8").splitlines(keepends=True)
        except (OSError, UnicodeDecodeError):
            return []

    def publish(self, uri: str) -> None:
        diagnostics = self.diagnostics.of(uri)
        note = self.hint_notes.get(uri)
        if note is not None:
            diagnostics.append(hint_diagnostic(note))
        lines = self.document_lines(uri)
        diagnostics = [diagnostic_to_client(d, lines, self.client.encoding, self.document_lines)
                       for d in diagnostics]
        document = self.workspace.text_documents.get(uri)
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(
            uri=uri, diagnostics=diagnostics, version=document.version if document else None))

    def shutdown(self) -> None:
        """pygls calls this when the transport ends, with or without an LSP `shutdown`."""
        if self.coach is not None:
            self.coach.store.close_soon()
        super().shutdown()

    def report_server_error(self, error: Exception, source: Any) -> None:
        """What pygls reports. A malformed message or bad arguments were already answered
        (see protocol.py) and logged in one line: no popup. Anything else is Temper's own bug,
        logged where it failed: one generic message, once per kind of failure."""
        from pygls.exceptions import JsonRpcException

        if isinstance(error, (JsonRpcException, CommandError)) or source is JsonRpcException:
            return
        self.tell("Temper hit a problem; see the Temper log for details.",
                  types.MessageType.Error, cause=f"server error {type(error).__name__}")
