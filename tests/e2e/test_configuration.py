"""Settings reach the server from the editor and apply without a restart."""

from __future__ import annotations

from lsprotocol import types

from tests.e2e.harness import Editor


async def test_a_configuration_change_applies_without_a_restart(editor: Editor):
    assert (await editor.command("temper.status", {}))["track"] == "standard"
    editor.client.workspace_did_change_configuration(types.DidChangeConfigurationParams(
        settings={"temper": {"track": "advanced", "runOnSave": False}}))

    async def track() -> str:
        return (await editor.command("temper.status", {}))["track"]

    for _ in range(100):
        if await track() == "advanced":
            break
    assert await track() == "advanced"
    actions = await editor.code_actions("fizzbuzz.py", 1)
    closed = {a.title[:9]: a.disabled.reason for a in actions if a.disabled}
    assert "advanced track allows at most L1" in closed["Temper L2"]
