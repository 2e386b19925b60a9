"""temper.hint through the real server with an LLM: partial text as work-done progress, the
guarded final text as the result, and cancellation that closes the provider's stream."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest_asyncio
from lsprotocol import types

from tests.e2e.harness import Editor
from tests.providers import wire
from tests.providers.conftest import HINT

LONG = " ".join([HINT] * 8)


def env(server: wire.WireServer) -> dict[str, str]:
    return {"TEMPER_PROVIDER": "openai", "TEMPER_BASE_URL": server.url + "/v1",
            "TEMPER_MODEL": "test-model", "OPENAI_API_KEY": "sk-test-key-00000000000000",
            "TEMPER_RETRIES": "0"}


@pytest_asyncio.fixture
async def slow_llm():
    with wire.WireServer([wire.openai_stream(LONG, gap=0.15)]) as server:
        yield server


def hint_progress(editor: Editor) -> tuple[str, list] | None:
    for token, reports in editor.client.progress_reports.items():
        if reports and isinstance(reports[0], types.WorkDoneProgressBegin) \
                and reports[0].title == "Temper hint":
            return token, reports
    return None


async def test_partial_text_streams_as_progress_and_the_guarded_text_is_the_result(
        home: Path, fizzbuzz: Path):
    with wire.WireServer([wire.openai_stream(HINT, gap=0.12)]) as server:
        editor = await Editor.start(home, fizzbuzz, env=env(server))
        try:
            result = await editor.command("temper.hint", {"uri": editor.uri("fizzbuzz.py"),
                                                          "line": 3})
        finally:
            await editor.stop()
    assert result["provider"] == "openai" and result["text"] == HINT and result["notice"] is None
    token, reports = hint_progress(editor)
    assert reports[0].cancellable is True
    partial = [r.message for r in reports if isinstance(r, types.WorkDoneProgressReport)]
    assert len(partial) >= 3 and all(HINT.startswith(p) for p in partial)
    assert isinstance(reports[-1], types.WorkDoneProgressEnd)
    assert "<<UNTRUSTED CODE_FIZZBUZZ_PY" in str(server.seen[0].body)


async def test_a_leaking_answer_streams_but_the_guard_decides_what_arrives(home: Path,
                                                                         fizzbuzz: Path,
                                                                         catalog):
    solution = catalog.get("python/basics/fizzbuzz").solution["fizzbuzz.py"]
    leak = f"Here is the fix:\n```python\n{solution}```"
    with wire.WireServer([wire.openai_stream(leak, gap=0.02)]) as server:
        editor = await Editor.start(home, fizzbuzz, env=env(server))
        try:
            result = await editor.command("temper.hint", {"uri": editor.uri("fizzbuzz.py"),
                                                          "line": 3})
        finally:
            await editor.stop()
    assert len(server.seen) == 2  # the answer, then one stricter regeneration
    assert "n % 15" not in result["text"] and "```" not in result["text"]
    assert "withheld" in result["notice"]


async def test_cancelling_the_progress_aborts_the_provider_call(home: Path, fizzbuzz: Path,
                                                               slow_llm: wire.WireServer):
    editor = await Editor.start(home, fizzbuzz, env=env(slow_llm))
    try:
        asked = asyncio.ensure_future(editor.command(
            "temper.hint", {"uri": editor.uri("fizzbuzz.py"), "line": 3}))
        found = await editor.wait_for("partial text", lambda: (p := hint_progress(editor))
                                      and len(p[1]) > 2 and p)
        editor.client.window_work_done_progress_cancel(
            types.WorkDoneProgressCancelParams(token=found[0]))
        result = await asyncio.wait_for(asked, 5)
        assert result == {"cancelled": True}
        await editor.wait_for("the stream to be closed", lambda: slow_llm.aborted == 1, 5)
        status = await editor.command("temper.status", {"uri": editor.uri("fizzbuzz.py")})
        assert status["hints"] == 0  # nothing was recorded
    finally:
        await editor.stop()


async def test_cancelling_the_request_aborts_the_provider_call(home: Path, fizzbuzz: Path,
                                                              slow_llm: wire.WireServer):
    editor = await Editor.start(home, fizzbuzz, env=env(slow_llm))
    try:
        protocol = editor.client.protocol
        before = set(protocol._request_futures)
        asked = asyncio.ensure_future(editor.command(
            "temper.hint", {"uri": editor.uri("fizzbuzz.py"), "line": 3}))
        await editor.wait_for("partial text", lambda: (p := hint_progress(editor))
                              and len(p[1]) > 2)
        [request_id] = set(protocol._request_futures) - before
        protocol.notify(types.CANCEL_REQUEST, types.CancelParams(id=request_id))
        await editor.wait_for("the stream to be closed", lambda: slow_llm.aborted == 1, 5)
        asked.cancel()
    finally:
        await editor.stop()
