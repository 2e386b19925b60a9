"""While hostile code runs in the sandbox, the real language server keeps answering the editor,
on each available backend."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from lsprotocol import types

from tests.e2e.harness import Editor

HOSTILE = {
    "endless loop": "def fizzbuzz(n):\n    while True:\n        pass\n",
    "fork bomb": "import os, time\n\ndef fizzbuzz(n):\n    while True:\n        try:\n"
                 "            if os.fork() == 0:\n                time.sleep(60)\n"
                 "        except OSError:\n            time.sleep(0.01)\n",
    "memory bomb": "def fizzbuzz(n):\n    hog = []\n    while True:\n"
                   "        hog.append(b'x' * (32 << 20))\n",
}


def _begun(editor: Editor) -> bool:
    return any(r and isinstance(r[0], types.WorkDoneProgressBegin)
               for r in editor.client.progress_reports.values())


@pytest.mark.parametrize("attack", sorted(HOSTILE))
async def test_the_server_answers_while_hostile_code_runs(home: Path, fizzbuzz: Path,
                                                          backend: str, attack: str):
    editor = await Editor.start(home, fizzbuzz, options={"runTimeout": 8},
                                env={"TEMPER_RUNNER": backend})
    try:
        editor.save("fizzbuzz.py", HOSTILE[attack])
        await editor.wait_for("the run to begin", lambda: _begun(editor))
        started = time.monotonic()
        status = await editor.command("temper.status", {"uri": editor.uri("fizzbuzz.py")})
        hover = await editor.hover("fizzbuzz.py", 0)
        health = await editor.command("temper.health", {})
        answered = time.monotonic() - started
        assert status["runs"] == 0 and health["runner"]["backend"] == backend
        assert answered < 3.0, f"the server took {answered:.1f} s to answer during a {attack}"
        assert editor.runs_ended() == 0 or attack == "memory bomb"  # still running (or stopped)
        await editor.wait_for("the run to end", lambda: editor.runs_ended() == 1, timeout=40)
        del hover
    finally:
        await editor.stop()
