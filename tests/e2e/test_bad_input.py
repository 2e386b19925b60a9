"""Bad input gets a clear answer and loses nothing: arguments, settings, files, the database."""

from __future__ import annotations

import asyncio
import json
import os
import sys
from pathlib import Path

import pytest

from tests.e2e.harness import WAIT, Editor


async def test_malformed_command_arguments_get_an_error_not_a_crash(editor: Editor):
    with pytest.raises(Exception, match="one JSON object"):
        await editor.command("temper.hint", None) if False else \
            await editor.client.workspace_execute_command_async(
                __import__("lsprotocol").types.ExecuteCommandParams(
                    command="temper.hint", arguments=["not", "an object"]))
    with pytest.raises(Exception, match="level must be L0 to L5"):
        await editor.command("temper.hint", {"uri": editor.uri("fizzbuzz.py"), "level": "L9"})
    status = await editor.command("temper.status", {"uri": editor.uri("fizzbuzz.py")})
    assert status["exercise"] == "python/basics/fizzbuzz"  # still serving


async def test_a_file_outside_any_exercise_gets_a_clear_message(editor: Editor, tmp_path: Path):
    stray = tmp_path / "elsewhere" / "notes.py"
    stray.parent.mkdir()
    stray.write_text("x = 1\n")
    result = await editor.command("temper.hint", {"uri": stray.as_uri(), "line": 1})
    assert result is None
    await editor.wait_for("the message", lambda: any(
        "not part of a Temper exercise" in m for m in editor.messages()))


async def test_invalid_settings_fall_back_with_one_message(home: Path, fizzbuzz: Path):
    editor = await Editor.start(home, fizzbuzz, options={"track": "expert", "runTimeout": -3})
    try:
        status = await editor.command("temper.status", {})
        assert status["track"] == "standard"
        [message] = [m for m in editor.messages() if m.startswith("Temper settings")]
        assert "track = 'expert' is not valid" in message and "run_timeout" in message
    finally:
        await editor.stop()


async def test_a_damaged_database_is_kept_aside_and_a_fresh_one_started(home: Path,
                                                                       fizzbuzz: Path):
    (home / "profile.db").write_bytes(b"this is not a database" * 100)
    editor = await Editor.start(home, fizzbuzz)
    try:
        await editor.wait_for("the notice", lambda: any("damaged" in m for m in editor.messages()))
        assert [p.name for p in home.glob("profile.db.damaged-*")]
        status = await editor.command("temper.status", {"uri": editor.uri("fizzbuzz.py")})
        assert status["exercise"] == "python/basics/fizzbuzz"
    finally:
        await editor.stop()


async def test_garbage_on_the_wire_does_not_kill_the_server(home: Path):
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "temper", "lsp", stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.DEVNULL,
        env={**os.environ, "TEMPER_HOME": str(home)})

    def frame(body: bytes) -> bytes:
        return b"Content-Length: %d\r\n\r\n" % len(body) + body

    request = json.dumps({"jsonrpc": "2.0", "id": 1, "method": "initialize",
                          "params": {"capabilities": {}, "processId": None, "rootUri": None}})
    proc.stdin.write(frame(b"{this is not json") + frame(b'{"jsonrpc": "2.0"}')
                     + frame(request.encode()))
    await proc.stdin.drain()
    try:
        header = await asyncio.wait_for(proc.stdout.readuntil(b"\r\n\r\n"), WAIT)
        length = int(header.split(b":")[1].split(b"\r\n")[0])
        replies = [json.loads(await asyncio.wait_for(proc.stdout.readexactly(length), WAIT))]
        while replies[-1].get("id") != 1:
            header = await asyncio.wait_for(proc.stdout.readuntil(b"\r\n\r\n"), WAIT)
            length = int(header.split(b":")[1].split(b"\r\n")[0])
            replies.append(json.loads(await asyncio.wait_for(proc.stdout.readexactly(length),
                                                             WAIT)))
        assert replies[-1]["result"]["serverInfo"]["name"] == "temper"
    finally:
        proc.kill()
        await proc.wait()
