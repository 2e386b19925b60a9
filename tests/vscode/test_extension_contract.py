"""What the VS Code extension relies on from the server: its settings and the hint history."""

from __future__ import annotations

import json
from pathlib import Path

from temper.lsp.commands import COMMANDS
from temper.settings import Settings
from tests.e2e.harness import Editor

EXTENSION = Path(__file__).parents[2] / "vscode-extension"
MANIFEST = json.loads((EXTENSION / "package.json").read_text())


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


def test_every_server_setting_is_contributed_with_its_default():
    properties = MANIFEST["contributes"]["configuration"]["properties"]
    for name, field in Settings.model_fields.items():
        key = f"temper.{_camel(name)}"
        assert key in properties, f"{key} is a server setting the extension does not contribute"
        default = json.loads(json.dumps(field.get_default(call_default_factory=True),
                                        default=str))
        assert properties[key].get("default") == default, key
    extension_only = {"temper.pythonPath", "temper.trace.server"}
    server_keys = {f"temper.{_camel(name)}" for name in Settings.model_fields}
    assert set(properties) - extension_only <= server_keys, "a contributed setting the server lacks"


def test_palette_commands_do_not_shadow_the_servers_commands():
    ours = {c["command"] for c in MANIFEST["contributes"]["commands"]}
    assert not ours & set(COMMANDS), "vscode-languageclient registers the server's commands itself"
    bound = {k["command"] for k in MANIFEST["contributes"]["keybindings"]}
    assert bound <= ours


async def test_hint_history_lists_this_attempts_hints_in_order_and_queries_stay_quiet(home: Path, fizzbuzz: Path):
    editor = await Editor.start(home, fizzbuzz)
    try:
        uri = editor.open("fizzbuzz.py")
        assert await editor.command("temper.hintHistory", {"uri": uri}) == {
            "exercise": "python/basics/fizzbuzz", "hints": []}
        first = await editor.command("temper.hint", {"uri": uri, "line": 2})
        second = await editor.command("temper.hint", {"uri": uri, "line": 2, "intent": "explain"})
        history = await editor.command("temper.hintHistory", {"uri": uri})
        assert [(h["level"], h["intent"], h["text"]) for h in history["hints"]] == [
            (first["level"], "hint", first["text"]), (second["level"], "explain", second["text"])]
        assert history["hints"][0]["path"] == "fizzbuzz.py"
        assert history["hints"][0]["rationale"] == first["rationale"]
        outside = (home / "elsewhere.py")
        outside.write_text("x = 1\n")
        assert await editor.command("temper.hintHistory", {"uri": outside.as_uri()}) == {
            "exercise": None, "hints": []}
        status = await editor.command("temper.status", {"uri": outside.as_uri()})
        assert status["exercise"] is None
        # Status bars ask on every editor switch: these queries must not nag with warnings.
        assert not any("not part of a Temper exercise" in m for m in editor.messages())
    finally:
        await editor.stop()
