"""Columns with accents, CJK and emoji, for clients that count in utf-8 (Neovim 0.11), utf-16
(VS Code) and utf-32 (Emacs 29): diagnostics, hovers and code actions land where the client
counts them, through the position encoding negotiated at `initialize`."""

from __future__ import annotations

from pathlib import Path

import pytest
from lsprotocol import types

from tests.e2e.harness import Editor

# Every line carries multi-byte text, so a range that ends at a line's end differs per encoding.
SOURCE = '''def fizzbuzz(n, label="ééééé 漢字 😀", seen=[]):  # ñandú 😀
    seen.append(label)  # 漢字 😀
    if n % 15 == 0:  # ééé 😀
        return "FizzBuzz"  # 漢 😀
    return str(n)  # ü 😀
'''
CLIENTS = [("neovim@v0.11.0", "utf-8"), ("visual-studio-code", "utf-16"),
           ("emacs@v29.1", "utf-32")]


def units(text: str, encoding: str) -> int:
    """How many code units `text` is in the client's encoding."""
    return {"utf-8": len(text.encode("utf-8")), "utf-16": len(text.encode("utf-16-le")) // 2,
            "utf-32": len(text)}[encoding]


@pytest.fixture(params=CLIENTS, ids=[encoding for _, encoding in CLIENTS])
async def client(request, home: Path, fizzbuzz: Path):
    capabilities, encoding = request.param
    editor = await Editor.start(home, fizzbuzz, capabilities=capabilities)
    yield editor, encoding
    await editor.stop()


async def test_a_risk_after_multibyte_text_is_where_the_client_counts(client):
    editor, encoding = client
    editor.save("fizzbuzz.py", SOURCE)
    [found] = await editor.wait_diagnostics("fizzbuzz.py", "py-mutable-default")
    line = SOURCE.splitlines()[0]
    column = line.index("[]")
    assert found.range.start == types.Position(0, units(line[:column], encoding))
    assert found.range.end == types.Position(0, units(line[:column + 2], encoding))


async def test_line_ranges_end_at_the_line_end_the_client_counts(client):
    editor, encoding = client
    editor.save("fizzbuzz.py", SOURCE)
    failures = await editor.wait_diagnostics("fizzbuzz.py", "test-failed")
    lines = SOURCE.splitlines()
    for diagnostic in failures:
        start, end = diagnostic.range.start, diagnostic.range.end
        text = lines[start.line]
        assert end.character == units(text, encoding), (diagnostic, encoding)
        assert start.character == units(text[: len(text) - len(text.lstrip())], encoding)

    hint = await editor.command("temper.hint", {"uri": editor.uri("fizzbuzz.py"), "line": 1})
    [note] = await editor.wait_diagnostics("fizzbuzz.py", "hint-L")
    assert note.range.end.character == units(lines[note.range.start.line], encoding)
    hover = await editor.hover("fizzbuzz.py", note.range.start.line)
    assert hover is not None and hint["text"].split("\n")[0][:40] in hover.contents.value
    assert hover.range == note.range  # the hover's range is counted the same way


async def test_code_actions_carry_the_diagnostics_as_the_client_counts_them(client):
    editor, encoding = client
    editor.save("fizzbuzz.py", SOURCE)
    [risk] = await editor.wait_diagnostics("fizzbuzz.py", "py-mutable-default")
    actions = await editor.code_actions("fizzbuzz.py", 0)
    offered = [a for a in actions if a.is_preferred]
    assert offered and risk in (offered[0].diagnostics or [])
    line = SOURCE.splitlines()[0]
    assert risk.range.start.character == units(line[: line.index("[]")], encoding)
