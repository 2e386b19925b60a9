"""`temper lsp --tcp HOST:PORT` answers over a socket as it does over stdio."""

from __future__ import annotations

import asyncio
import json
import os
import socket
import sys
from pathlib import Path

from tests.e2e.harness import WAIT


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


async def test_tcp_transport_initializes(home: Path):
    port = free_port()
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "temper", "lsp", "--tcp", f"127.0.0.1:{port}",
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
        env={**os.environ, "TEMPER_HOME": str(home)})
    try:
        deadline = asyncio.get_running_loop().time() + WAIT
        while True:
            try:
                reader, writer = await asyncio.open_connection("127.0.0.1", port)
                break
            except OSError:
                if asyncio.get_running_loop().time() > deadline:
                    raise
                await asyncio.sleep(0.1)
        body = json.dumps({"jsonrpc": "2.0", "id": 1, "method": "initialize",
                           "params": {"capabilities": {}, "processId": None}}).encode()
        writer.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        await writer.drain()
        header = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), WAIT)
        length = int(header.split(b":")[1].split(b"\r\n")[0])
        reply = json.loads(await asyncio.wait_for(reader.readexactly(length), WAIT))
        assert reply["result"]["serverInfo"]["name"] == "temper"
        assert "temper.hint" in reply["result"]["capabilities"]["executeCommandProvider"][
            "commands"]
        writer.close()
    finally:
        proc.kill()
        await proc.wait()


async def test_the_server_exits_when_its_client_vanishes_without_shutdown(home: Path,
                                                                           fizzbuzz: Path):
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "temper", "lsp", stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.DEVNULL,
        env={**os.environ, "TEMPER_HOME": str(home)})

    def send(message: dict) -> None:
        body = json.dumps(message).encode()
        proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    send({"jsonrpc": "2.0", "id": 1, "method": "initialize",
          "params": {"capabilities": {}, "processId": None, "rootUri": fizzbuzz.as_uri()}})
    send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
    send({"jsonrpc": "2.0", "id": 2, "method": "workspace/executeCommand",
          "params": {"command": "temper.status", "arguments": [{}]}})
    await proc.stdin.drain()
    while True:  # until the status answer: by then the profile database is open
        header = await asyncio.wait_for(proc.stdout.readuntil(b"\r\n\r\n"), WAIT)
        body = await proc.stdout.readexactly(int(header.split(b":")[1].split(b"\r\n")[0]))
        if json.loads(body).get("id") == 2:
            break
    proc.stdin.close()
    try:
        assert await asyncio.wait_for(proc.wait(), WAIT) == 0
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
