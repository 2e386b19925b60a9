"""A small editor made of pytest-lsp's client, driving the real `temper lsp` process.

Every wait has a timeout; a failed wait says what was seen instead.
"""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest_lsp
from lsprotocol import types
from pygls.protocol import default_converter
from pytest_lsp import LanguageClient
from pytest_lsp.client import register_lsp_features

WAIT = 45.0


def _converter():
    """lsprotocol 2025.0.0 decodes a CodeAction that carries a command as a Command; decode by
    shape instead (a Command's `command` is a string, a CodeAction's is an object)."""
    converter = default_converter()

    def structure(obj: Any, _: Any) -> Any:
        kind = types.Command if isinstance(obj.get("command"), str) else types.CodeAction
        return converter.structure(obj, kind)

    converter.register_structure_hook(types.Command | types.CodeAction, structure)
    return converter


class Editor:
    def __init__(self, client: LanguageClient, root: Path):
        self.client, self.root = client, root
        self.versions: dict[str, int] = {}
        self.requests: list[types.ShowMessageRequestParams] = []  # questions the server asked
        self.answer: str | None = None  # pick the first action starting so; None dismisses

    def _message_request(self, params: types.ShowMessageRequestParams
                         ) -> types.MessageActionItem | None:
        self.requests.append(params)
        return next((a for a in params.actions or []
                     if self.answer is not None and a.title.startswith(self.answer)), None)

    @classmethod
    async def start(cls, home: Path, root: Path, options: dict | None = None,
                    capabilities: str = "visual-studio-code", env: dict | None = None,
                    more_folders: tuple[Path, ...] = ()) -> Editor:
        client = LanguageClient(converter_factory=_converter)
        register_lsp_features(client)  # what pytest_lsp.make_test_lsp_client does
        editor = cls(client, root)
        client.feature(types.WINDOW_SHOW_MESSAGE_REQUEST)(
            lambda params: editor._message_request(params))
        server_env = {**os.environ, "TEMPER_HOME": str(home), **(env or {})}
        await client.start_io(sys.executable, "-m", "temper", "lsp", env=server_env)
        await asyncio.wait_for(client.initialize_session(types.InitializeParams(
            capabilities=pytest_lsp.client_capabilities(capabilities),
            root_uri=root.as_uri(), initialization_options=options or {},
            workspace_folders=[types.WorkspaceFolder(uri=f.as_uri(), name=f.name)
                               for f in (root, *more_folders)])), WAIT)
        await editor.command("temper.status", {})  # waits until the coach is ready
        return editor

    async def stop(self) -> None:
        await asyncio.wait_for(self.client.shutdown_session(), WAIT)

    def uri(self, relpath: str) -> str:
        """The file's URI as this editor spells it: through the folder it opened, unresolved."""
        return (self.root / relpath).absolute().as_uri()

    def open(self, relpath: str) -> str:
        uri = self.uri(relpath)
        self.versions[uri] = 1
        self.client.text_document_did_open(types.DidOpenTextDocumentParams(
            types.TextDocumentItem(uri=uri, language_id="python", version=1,
                                   text=(self.root / relpath).read_text())))
        return uri

    def save(self, relpath: str, text: str) -> str:
        """Type `text` into the document, write it to disk, and save."""
        uri = self.uri(relpath)
        if uri not in self.versions:
            self.open(relpath)
        self.versions[uri] += 1
        (self.root / relpath).write_text(text)
        self.client.text_document_did_change(types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri,
                                                                version=self.versions[uri]),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)]))
        self.client.text_document_did_save(types.DidSaveTextDocumentParams(
            text_document=types.TextDocumentIdentifier(uri=uri)))
        return uri

    def runs_ended(self) -> int:
        """Test runs ended (not the background work that follows them, like localization)."""
        return sum(1 for reports in self.client.progress_reports.values()
                   if reports and isinstance(reports[-1], types.WorkDoneProgressEnd)
                   and getattr(reports[0], "title", "").startswith("Temper: testing"))

    async def save_and_wait(self, relpath: str, text: str) -> None:
        """Save and wait until the run the save started has ended (relpath may be absolute)."""
        before = self.runs_ended()
        self.save(relpath, text)
        await self.wait_for(f"the run after saving {relpath}", lambda: self.runs_ended() > before)

    async def wait_for(self, what: str, check: Callable[[], Any], timeout: float = WAIT) -> Any:
        deadline = asyncio.get_running_loop().time() + timeout
        while asyncio.get_running_loop().time() < deadline:
            value = check()
            if value:
                return value
            await asyncio.sleep(0.05)
        raise AssertionError(f"timed out waiting for {what}; diagnostics: "
                             f"{self.client.diagnostics}; messages: "
                             f"{[m.message for m in self.client.messages]}")

    def diagnostics(self, relpath: str, code_prefix: str = "") -> list[types.Diagnostic]:
        return [d for d in self.client.diagnostics.get(self.uri(relpath), [])
                if str(d.code).startswith(code_prefix)]

    async def wait_diagnostics(self, relpath: str, code_prefix: str,
                               present: bool = True) -> list[types.Diagnostic]:
        def check():
            found = self.diagnostics(relpath, code_prefix)
            return (found or None) if present else (not found)
        result = await self.wait_for(f"{code_prefix!r} diagnostics on {relpath} "
                                     f"{'to appear' if present else 'to clear'}", check)
        return result if present else []

    async def code_actions(self, relpath: str, line: int) -> list[types.CodeAction]:
        uri = self.uri(relpath)
        position = types.Position(line=line, character=0)
        return await asyncio.wait_for(self.client.text_document_code_action_async(
            types.CodeActionParams(text_document=types.TextDocumentIdentifier(uri=uri),
                                   range=types.Range(start=position, end=position),
                                   context=types.CodeActionContext(
                                       diagnostics=self.diagnostics(relpath)))), WAIT) or []

    async def command(self, name: str, arguments: dict | None = None) -> Any:
        params = types.ExecuteCommandParams(command=name,
                                            arguments=[arguments] if arguments is not None
                                            else None)
        return await asyncio.wait_for(self.client.workspace_execute_command_async(params), WAIT)

    async def take(self, action: types.CodeAction) -> Any:
        assert action.command is not None and action.disabled is None, action
        return await self.command(action.command.command, *(action.command.arguments or []))

    async def hover(self, relpath: str, line: int) -> types.Hover | None:
        return await asyncio.wait_for(self.client.text_document_hover_async(types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=self.uri(relpath)),
            position=types.Position(line=line, character=2))), WAIT)

    def messages(self) -> list[str]:
        """What the server told the learner, including what it asked."""
        return [m.message for m in self.client.messages] + [r.message for r in self.requests]
