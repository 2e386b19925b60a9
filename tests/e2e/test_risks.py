"""Risk detections as live diagnostics through the real server."""

from __future__ import annotations

from lsprotocol import types

from tests.e2e.harness import Editor

RISKY = '''def fizzbuzz(n, seen=[]):
    seen.append(n)
    if n % 3 == 0:
        return "Fizz"
    return eval(str(n))
'''


def change(editor: Editor, relpath: str, text: str) -> str:
    uri = editor.uri(relpath)
    if uri not in editor.versions:
        editor.open(relpath)
    editor.versions[uri] += 1
    editor.client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=editor.versions[uri]),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)]))
    return uri


async def test_untouched_starter_code_has_no_risk_diagnostics(editor: Editor):
    uri = editor.open("fizzbuzz.py")
    await editor.wait_for("the first analysis", lambda: uri in editor.client.diagnostics)
    assert not [d for d in editor.client.diagnostics[uri] if str(d.code).startswith(("py-",
                                                                                     "ruff-"))]


async def test_risks_appear_while_typing_and_explain_without_the_fix(editor: Editor):
    change(editor, "fizzbuzz.py", RISKY)
    [found] = await editor.wait_diagnostics("fizzbuzz.py", "py-mutable-default")
    assert found.range.start.line == 0 and found.data["kind"] == "risk"
    assert found.data["category"] in ("correctness", "learning")
    hover = (await editor.hover("fizzbuzz.py", 0)).contents.value
    assert "How a fix looks" not in hover  # the learner is at L1 here
    assert "seen=None" not in hover and "=[]" not in hover.replace(" ", "")


async def test_ruff_joins_on_save_and_the_hint_mentions_the_risk(editor: Editor):
    editor.save("fizzbuzz.py", RISKY)
    await editor.wait_diagnostics("fizzbuzz.py", "ruff-S307")  # eval
    await editor.wait_diagnostics("fizzbuzz.py", "test-failed")
    hint = await editor.command("temper.hint", {"uri": editor.uri("fizzbuzz.py"), "line": 1})
    assert "Temper also noticed a risk on line" in hint["text"]


async def test_a_stale_analysis_never_overwrites_a_newer_one(editor: Editor):
    change(editor, "fizzbuzz.py", RISKY)
    change(editor, "fizzbuzz.py", "def fizzbuzz(n):\n    return str(n)\n")
    uri = editor.uri("fizzbuzz.py")
    await editor.wait_for("an analysis", lambda: uri in editor.client.diagnostics)
    import asyncio

    await asyncio.sleep(1.5)  # well past the debounce: every analysis has finished
    assert not editor.diagnostics("fizzbuzz.py", "py-")
