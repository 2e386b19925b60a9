"""Provider guard settings changed while the server runs take effect on the next hint: the
circuit breaker's threshold and cooldown, and the bulkhead's size (the guards are built again
from the new limits)."""

from __future__ import annotations

import asyncio
from pathlib import Path

from lsprotocol import types

from temper.coach.pairing import Coach
from temper.core.levels import Level
from temper.settings import Settings
from tests.e2e.harness import Editor
from tests.providers import wire
from tests.providers.test_lsp_streaming import env


async def _settle(editor: Editor, changes: dict, track: str) -> None:
    """Push settings with a track change, and wait until the server reports that track."""
    editor.client.workspace_did_change_configuration(types.DidChangeConfigurationParams(
        settings={"temper": {**changes, "track": track}}))
    for _ in range(200):
        if (await editor.command("temper.status", {}))["track"] == track:
            return
        await asyncio.sleep(0.02)
    raise AssertionError(f"the settings never applied: {changes}")


async def test_breaker_threshold_and_cooldown_changed_at_run_time_take_effect(home: Path,
                                                                              fizzbuzz: Path):
    with wire.WireServer([wire.openai_error(500)]) as server:
        editor = await Editor.start(home, fizzbuzz, env=env(server),
                                    options={"breakerThreshold": 5, "breakerCooldown": 600})
        try:
            async def hint() -> dict:
                return await editor.command("temper.hint", {"uri": editor.uri("fizzbuzz.py"),
                                                            "line": 3})
            for _ in range(2):
                await hint()
            assert len(server.seen) == 2  # two failures: a threshold of 5 keeps it closed
            await _settle(editor, {"breakerThreshold": 2}, "advanced")
            answers = [await hint() for _ in range(3)]
            # with the new threshold the circuit opens after two failures: the third is held
            assert len(server.seen) == 4, len(server.seen)
            assert "paused after 2 failed calls" in (answers[-1]["notice"] or "")
            await _settle(editor, {"breakerThreshold": 2, "breakerCooldown": 0}, "standard")
            await hint()  # no cooldown: the call goes out again
            assert len(server.seen) == 5
        finally:
            await editor.stop()


async def test_max_concurrent_changed_at_run_time_resizes_the_bulkhead(store, catalog):
    coach = Coach(store, catalog, Settings(provider="openai", max_concurrent=1))

    async def bulkhead_size() -> int:
        coach._writer(Level.L1)  # the guards the next hint uses
        bulkhead = coach.guards("openai").bulkhead
        taken = 0
        while not bulkhead.locked():
            await bulkhead.acquire()
            taken += 1
        for _ in range(taken):
            bulkhead.release()
        return taken

    assert await bulkhead_size() == 1
    breaker = coach.guards("openai").breaker
    coach.apply_settings(coach.settings.model_copy(update={"track": "advanced"}))
    assert coach.guards("openai").breaker is breaker  # other settings keep the guards' state
    coach.apply_settings(coach.settings.model_copy(update={"max_concurrent": 3}))
    assert await bulkhead_size() == 3
    coach.apply_settings(coach.settings.model_copy(update={"breaker_threshold": 7,
                                                           "breaker_cooldown": 9.0}))
    coach._writer(Level.L1)
    breaker = coach.guards("openai").breaker
    assert (breaker.threshold, breaker.cooldown) == (7, 9.0)
