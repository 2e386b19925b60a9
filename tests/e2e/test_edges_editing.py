"""Normal editing never pops an error: a bad open document is skipped from the run with one
message naming it, progress answers that come late are dropped, rapid saves and closes during
a run are quiet. Through the real server process."""

from __future__ import annotations

import asyncio

from lsprotocol import types

from tests.e2e.harness import Editor
from tests.e2e.wire import Wire

PROBLEM = "Temper hit a problem"


def open_text(editor: Editor, uri: str, text: str) -> None:
    editor.client.text_document_did_open(types.DidOpenTextDocumentParams(
        types.TextDocumentItem(uri=uri, language_id="python", version=1, text=text)))


async def test_an_open_document_that_cannot_be_a_file_is_skipped_with_one_message(
        editor: Editor):
    open_text(editor, editor.uri("scratch.py"), "x = '\ud800'\n")
    open_text(editor, editor.root.absolute().as_uri(), "not a file\n")
    for _ in range(3):
        result = await editor.command("temper.runTests", {"uri": editor.uri("fizzbuzz.py")})
        assert result is not None and result["status"] in ("pass", "fail"), result
    skipped = [m for m in editor.messages() if "without your unsaved" in m]
    assert len(skipped) == 2, skipped  # once per document, not once per run
    assert any("scratch.py" in m and "line 1" in m for m in skipped), skipped
    assert not any(PROBLEM in m for m in editor.messages()), editor.messages()


async def test_rapid_saves_with_progress_and_a_close_during_a_run_pop_no_error(editor: Editor):
    source = (editor.root / "fizzbuzz.py").read_text()
    for n in range(6):
        editor.save("fizzbuzz.py", source + f"\n# edit {n}\n")
        await asyncio.sleep(0.05)
    editor.client.text_document_did_close(types.DidCloseTextDocumentParams(
        types.TextDocumentIdentifier(uri=editor.uri("fizzbuzz.py"))))
    await editor.wait_for("the last run to end", lambda: editor.runs_ended() >= 1)
    await asyncio.sleep(1.0)
    status = await editor.command("temper.status", {"uri": editor.uri("fizzbuzz.py")})
    assert status["exercise"] == "python/basics/fizzbuzz"
    assert not any(PROBLEM in m for m in editor.messages()), editor.messages()


async def test_a_late_answer_to_a_cancelled_runs_progress_pops_no_error(home, fizzbuzz,
                                                                      tmp_path):
    wire = await Wire.start(home, tmp_path / "server.log")
    wire.reply_delay = 0.4  # the run is replaced before the client accepts its progress
    await wire.initialize(fizzbuzz, {"window": {"workDoneProgress": True}})
    uri = (fizzbuzz / "fizzbuzz.py").as_uri()
    for _ in range(2):
        wire.send({"jsonrpc": "2.0", "method": "textDocument/didSave",
                   "params": {"textDocument": {"uri": uri}}})
        await asyncio.sleep(0.05)
    ended = lambda: [m for m in wire.unsolicited if m["method"] == "$/progress"
                     and m["params"]["value"].get("kind") == "end"]
    for _ in range(600):
        if ended():
            break
        await asyncio.sleep(0.05)
    await asyncio.sleep(1.0)
    assert ended(), wire.unsolicited
    creates = [m for m in wire.unsolicited if m["method"] == "window/workDoneProgress/create"]
    assert len(creates) >= 1
    assert not any(PROBLEM in m for m in wire.messages()), wire.messages()
    assert "InvalidStateError" not in wire.log()
    assert await wire.stop() == 0
