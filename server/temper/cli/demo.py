"""`temper demo`: a scripted learning session against the real server, as an LSP client would see it.

It starts `temper lsp` as a subprocess over stdio in a temporary folder with its own TEMPER_HOME,
so the learner's real profile is untouched, and needs no key and no network.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click
from lsprotocol import types
from pygls.lsp.client import LanguageClient

from temper.catalog.exercises import Catalog, start
from temper.cli.report import print_profile

EXERCISE = "python/basics/fizzbuzz"
WAIT = 60.0


def decoding_converter() -> Any:
    """The demo client's converter (pygls's `converter_factory`): lsprotocol 2025.0.0 decodes a
    CodeAction that carries a command as a Command; decode by shape instead (a Command's
    `command` is a string, a CodeAction's is an object)."""
    from pygls.protocol import default_converter

    converter = default_converter()

    def structure(obj: Any, _: Any) -> Any:
        kind = types.Command if isinstance(obj.get("command"), str) else types.CodeAction
        return converter.structure(obj, kind)

    converter.register_structure_hook(types.Command | types.CodeAction, structure)
    return converter


def say(text: str, err: bool = False, **style: Any) -> None:
    click.echo(click.style(text, **style) if style else text, err=err)


@dataclass
class Observed:
    """What the server has sent a scripted editor so far."""

    diagnostics: dict[str, list[types.Diagnostic]] = field(default_factory=dict)
    messages: list[str] = field(default_factory=list)
    offers: list[list[str]] = field(default_factory=list)  # the buttons of each message request
    runs_finished: int = 0


def observe(client: LanguageClient) -> Observed:
    """Answer the server's requests as a quiet editor would, and collect what it publishes."""
    seen = Observed()

    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def diagnostics(params: types.PublishDiagnosticsParams) -> None:
        seen.diagnostics[params.uri] = params.diagnostics

    @client.feature(types.WINDOW_SHOW_MESSAGE)
    def message(params: types.ShowMessageParams) -> None:
        seen.messages.append(params.message)

    @client.feature(types.WINDOW_SHOW_MESSAGE_REQUEST)
    def message_request(params: types.ShowMessageRequestParams) -> types.MessageActionItem | None:
        seen.messages.append(params.message)
        buttons = [action.title for action in params.actions or []]
        seen.offers.append(buttons)
        return types.MessageActionItem(buttons[-1]) if buttons else None  # "Not now": the demo ends

    @client.feature(types.WINDOW_WORK_DONE_PROGRESS_CREATE)
    def create(params: types.WorkDoneProgressCreateParams) -> None:
        return None

    runs: set = set()  # the progress tokens of test runs (not the localization that follows)

    @client.feature(types.PROGRESS)
    def progress(params: types.ProgressParams) -> None:
        value = params.value
        field = (lambda name: value.get(name)) if isinstance(value, dict) else \
            (lambda name: getattr(value, name, None))
        if field("kind") == "begin" and str(field("title") or "").startswith("Temper: testing"):
            runs.add(str(params.token))
        elif field("kind") == "end" and str(params.token) in runs:
            runs.discard(str(params.token))
            seen.runs_finished += 1

    @client.feature(types.WORKSPACE_CONFIGURATION)
    def configuration(params: types.ConfigurationParams) -> list[Any]:
        return [{} for _ in params.items]

    return seen


class DemoEditor:
    """Just enough of an editor: it opens, saves, asks for actions and hovers, and listens."""

    def __init__(self, root: Path):
        self.root = root
        self.client = LanguageClient("temper-demo", "1", converter_factory=decoding_converter)
        self.seen = observe(self.client)
        self.version = 1

    def uri(self, name: str) -> str:
        return (self.root / name).resolve().as_uri()

    async def start(self, home: Path) -> None:
        env = {**os.environ, "TEMPER_HOME": str(home)}
        await self.client.start_io(sys.executable, "-m", "temper", "lsp", env=env)
        capabilities = types.ClientCapabilities(
            window=types.WindowClientCapabilities(work_done_progress=True),
            workspace=types.WorkspaceClientCapabilities(configuration=True))
        await asyncio.wait_for(self.client.initialize_async(types.InitializeParams(
            capabilities=capabilities, root_uri=self.root.as_uri(),
            workspace_folders=[types.WorkspaceFolder(self.root.as_uri(), self.root.name)])), WAIT)
        self.client.initialized(types.InitializedParams())
        await self.command("temper.status", {})

    async def stop(self) -> None:
        await asyncio.wait_for(self.client.shutdown_async(None), WAIT)
        self.client.exit(None)
        await self.client.stop()

    async def command(self, name: str, arguments: dict[str, Any]) -> Any:
        return await asyncio.wait_for(self.client.workspace_execute_command_async(
            types.ExecuteCommandParams(command=name, arguments=[arguments])), WAIT)

    def open(self, name: str) -> None:
        self.client.text_document_did_open(types.DidOpenTextDocumentParams(types.TextDocumentItem(
            self.uri(name), "python", self.version, (self.root / name).read_text())))

    async def save(self, name: str, text: str) -> None:
        """Write, save, and wait until the run that the save starts has finished."""
        before = self.seen.runs_finished
        self.version += 1
        (self.root / name).write_text(text)
        self.client.text_document_did_change(types.DidChangeTextDocumentParams(
            types.VersionedTextDocumentIdentifier(self.version, self.uri(name)),
            [types.TextDocumentContentChangeWholeDocument(text)]))
        self.client.text_document_did_save(types.DidSaveTextDocumentParams(
            types.TextDocumentIdentifier(self.uri(name))))
        deadline = asyncio.get_running_loop().time() + WAIT
        while self.seen.runs_finished == before:
            if asyncio.get_running_loop().time() > deadline:
                raise TimeoutError("the test run did not finish")
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.1)  # diagnostics follow the end of the progress

    async def actions(self, name: str, line: int) -> list[types.CodeAction]:
        position = types.Position(line - 1, 0)
        return await asyncio.wait_for(self.client.text_document_code_action_async(
            types.CodeActionParams(types.TextDocumentIdentifier(self.uri(name)),
                                   types.Range(position, position),
                                   types.CodeActionContext(diagnostics=[]))), WAIT) or []

    async def hover(self, uri: str, line: int) -> str:
        answer = await asyncio.wait_for(self.client.text_document_hover_async(types.HoverParams(
            types.TextDocumentIdentifier(uri), types.Position(line - 1, 4))), WAIT)
        return answer.contents.value if answer else ""


def show_diagnostics(editor: DemoEditor) -> None:
    shown = False
    for uri, diagnostics in sorted(editor.seen.diagnostics.items()):
        for d in sorted(diagnostics, key=lambda d: d.range.start.line):
            name = uri.rsplit("/", 1)[-1]
            say(f"  {name}:{d.range.start.line + 1}  [{d.code}] {d.message}", fg="yellow")
            shown = True
    if not shown:
        say("  (no diagnostics)", fg="green")


async def ask(editor: DemoEditor, intent: str, line: int) -> None:
    result = await editor.command("temper.hint", {"uri": editor.uri("fizzbuzz.py"), "line": line,
                                                  "intent": intent})
    say(f"\n  Temper · L{result['level']}  ({intent})", bold=True)
    for text_line in result["text"].splitlines():
        say(f"    {text_line}", fg="cyan")
    say(f"  why this level: {result['rationale']}")
    hover = await editor.hover(result["uri"], result["line"])
    first = next((h for h in hover.splitlines() if h.startswith("**")), "")
    say(f"  hover at line {result['line']}: {first.strip('*')}")


async def script(editor: DemoEditor, fixed: str) -> None:
    """The learner's side of the session; `fixed` is the code they end up writing."""
    source = (editor.root / "fizzbuzz.py").read_text()
    say("\n1. The learner opens fizzbuzz.py and saves it; the tests run in a sandbox.", bold=True)
    editor.open("fizzbuzz.py")
    await editor.save("fizzbuzz.py", source)
    show_diagnostics(editor)

    say("\n2. Stuck, they open the code actions on line 3: the hint ladder.", bold=True)
    for action in await editor.actions("fizzbuzz.py", 3):
        state = f"closed: {action.disabled.reason}" if action.disabled else \
            ("offered" if action.is_preferred else "open")
        say(f"  {action.title:<40} {state}")

    say("\n3. They ask a question first, then try, fail, and ask again.", bold=True)
    await ask(editor, "question", 3)
    await editor.save("fizzbuzz.py", source.replace("return n", "return n  # still a number"))
    await ask(editor, "hint", 3)
    await editor.save("fizzbuzz.py", source.replace("return n", "return str(n)"))
    show_diagnostics(editor)
    await ask(editor, "hint", 3)

    say("\n4. They reorder the checks and save: green.", bold=True)
    await editor.save("fizzbuzz.py", fixed)
    show_diagnostics(editor)
    for message in editor.seen.messages:
        if message.startswith("All "):
            say(f"  {message}", fg="green")
    for buttons in editor.seen.offers:
        say("  The editor offers: " + "  ".join(f"[{title}]" for title in buttons))

    say("\n5. The profile remembers.", bold=True)
    print_profile(await editor.command("temper.profile", {}))


async def run_demo(keep: bool = False) -> int:
    scratch = Path(tempfile.mkdtemp(prefix="temper-demo-"))
    home, root = scratch / "home", scratch / "fizzbuzz"
    home.mkdir()
    catalog = Catalog.load()
    start(catalog.get(EXERCISE), root)
    say(f"Temper demo: {EXERCISE} in {root} (offline, no key needed)", bold=True)
    editor = DemoEditor(root)
    try:
        await editor.start(home)
        # The scripted learner types the catalog's answer in the end; it travels from this
        # process to the file, never from the server to a client.
        await script(editor, catalog.get(EXERCISE).solution["fizzbuzz.py"])
        await editor.stop()
        return 0
    except (TimeoutError, OSError) as exc:
        say(f"demo failed: {exc}", fg="red", err=True)
        await editor.client.stop()  # never leave the server behind
        return 1
    finally:
        if keep:
            say(f"\nkept {scratch}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)
