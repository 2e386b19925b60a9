"""Runs that are replaced, cancelled or stopped, and sessions that survive a server restart."""

from __future__ import annotations

from pathlib import Path

from lsprotocol import types

from tests.e2e.harness import Editor
from tests.e2e.test_learning_loop import STARTER_FIX

ENDLESS = "def fizzbuzz(n):\n    while True:\n        pass\n"


def _runs(editor: Editor) -> dict[str, list]:
    """The test runs' progress (not the localization that follows a failing run)."""
    return {token: r for token, r in editor.client.progress_reports.items()
            if r and getattr(r[0], "title", "").startswith("Temper: testing")}


def _ends(editor: Editor) -> list[str]:
    return [r[-1].message for r in _runs(editor).values()
            if isinstance(r[-1], types.WorkDoneProgressEnd)]


def _begun(editor: Editor) -> list[str]:
    return [token for token, r in _runs(editor).items()
            if isinstance(r[0], types.WorkDoneProgressBegin)]


async def test_a_newer_save_cancels_the_run_still_going(editor: Editor):
    editor.save("fizzbuzz.py", ENDLESS)
    await editor.wait_for("the first run to begin", lambda: _begun(editor))
    editor.save("fizzbuzz.py", STARTER_FIX)
    await editor.wait_for("both runs to end", lambda: len(_ends(editor)) == 2)
    ends = _ends(editor)
    assert any(m.startswith("cancelled") for m in ends), ends
    assert "5 passed, 0 failed" in ends
    assert not any("did not finish" in m for m in editor.messages())


async def test_the_client_can_cancel_a_run_from_its_progress(editor: Editor):
    editor.save("fizzbuzz.py", ENDLESS)
    [token] = await editor.wait_for("the run to begin", lambda: _begun(editor))
    editor.client.protocol.notify(types.WINDOW_WORK_DONE_PROGRESS_CANCEL,
                                  types.WorkDoneProgressCancelParams(token=token))
    await editor.wait_for("the run to end", lambda: _ends(editor))
    assert _ends(editor)[0].startswith("cancelled")


async def test_an_endless_loop_is_stopped_by_the_timeout(home: Path, fizzbuzz: Path):
    editor = await Editor.start(home, fizzbuzz, options={"runTimeout": 2})
    try:
        editor.save("fizzbuzz.py", ENDLESS)
        message = await editor.wait_for("the timeout message", lambda: next(
            (m for m in editor.messages() if "did not finish within 2 s" in m), None))
        assert "loop" in message
        [where] = await editor.wait_diagnostics("fizzbuzz.py", "timeout")
        assert where.range.start.line in (1, 2)  # inside the endless loop
    finally:
        await editor.stop()


async def test_a_restarted_server_resumes_the_session(home: Path, fizzbuzz: Path):
    editor = await Editor.start(home, fizzbuzz)
    uri = editor.uri("fizzbuzz.py")
    try:
        editor.save("fizzbuzz.py", (fizzbuzz / "fizzbuzz.py").read_text())
        await editor.wait_diagnostics("fizzbuzz.py", "test-failed")
        first = await editor.command("temper.hint", {"uri": uri, "line": 3})
    finally:
        await editor.stop()
    editor = await Editor.start(home, fizzbuzz)
    try:
        status = await editor.command("temper.status", {"uri": uri})
        assert (status["runs"], status["hints"], status["testState"]) == (1, 1, "failing")
        second = await editor.command("temper.hint", {"uri": uri, "line": 3})
        assert second["level"] == first["level"] == 1
        assert second["text"] != first["text"]  # the ladder walks on; nothing repeats
    finally:
        await editor.stop()


async def test_run_tests_command_uses_the_editors_unsaved_text(editor: Editor):
    uri = editor.open("fizzbuzz.py")
    editor.versions[uri] += 1
    editor.client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=editor.versions[uri]),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text=STARTER_FIX)]))
    result = await editor.command("temper.runTests", {"uri": uri})
    assert result["status"] == "pass" and result["passed"] == 5
    assert "return n\n" in (editor.root / "fizzbuzz.py").read_text()  # the disk is untouched
    await editor.wait_for("the appreciation", lambda: any(
        m.startswith("All 5 tests pass") for m in editor.messages()))


async def test_a_diff_views_copy_of_a_file_does_not_replace_it_in_a_run(editor: Editor):
    (editor.root / "fizzbuzz.py").write_text(STARTER_FIX)
    uri = editor.open("fizzbuzz.py")
    old = (Path(__file__).parents[2] / "specs/python/basics/fizzbuzz/starter/fizzbuzz.py")
    editor.client.text_document_did_open(types.DidOpenTextDocumentParams(types.TextDocumentItem(
        uri="git:" + uri.removeprefix("file:") + "?ref=HEAD", language_id="python", version=1,
        text=old.read_text())))
    result = await editor.command("temper.runTests", {"uri": uri})
    assert result["status"] == "pass"
