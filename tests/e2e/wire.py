"""A raw JSON-RPC client for `temper lsp`: sends any bytes, even ones no real client would, and
keeps every answer by id. Used where pytest-lsp's typed client cannot say what is wrong."""

from __future__ import annotations

import asyncio
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

WAIT = 45.0


def frame(body: bytes | str) -> bytes:
    data = body.encode("utf-8", "surrogatepass") if isinstance(body, str) else body
    return b"Content-Length: %d\r\n\r\n" % len(data) + data


class Wire:
    def __init__(self, proc: asyncio.subprocess.Process, stderr_path: Path):
        self.proc, self.stderr_path = proc, stderr_path
        self.answers: dict[Any, dict] = {}
        self.counts: dict[Any, int] = {}  # answers per id: exactly one each
        self.arrived: dict[Any, float] = {}
        self.unsolicited: list[dict] = []  # notifications and server requests
        self.null_id_errors: list[dict] = []
        self.reader = asyncio.get_running_loop().create_task(self._read())
        self.answer_server_requests = True
        self.reply_delay = 0.0  # how long this client takes to answer the server's requests

    @classmethod
    async def start(cls, home: Path, stderr_path: Path, env: dict | None = None,
                    prefix: tuple[str, ...] = ()) -> Wire:
        """`prefix` runs the server through another command (as another user, say)."""
        proc = await asyncio.create_subprocess_exec(
            *prefix, sys.executable, "-m", "temper", "lsp", stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE, stderr=stderr_path.open("wb"),
            env={**os.environ, "TEMPER_HOME": str(home), **(env or {})})
        return cls(proc, stderr_path)

    async def _read(self) -> None:
        out = self.proc.stdout
        assert out is not None
        while True:
            try:
                header = await out.readuntil(b"\r\n\r\n")
            except (asyncio.IncompleteReadError, asyncio.LimitOverrunError):
                return
            length = next(int(line.split(b":")[1]) for line in header.split(b"\r\n")
                          if line.lower().startswith(b"content-length"))
            message = json.loads(await out.readexactly(length))
            if "method" in message:
                self.unsolicited.append(message)
                if "id" in message and self.answer_server_requests:
                    reply = {"jsonrpc": "2.0", "id": message["id"], "result": None}
                    asyncio.get_running_loop().call_later(self.reply_delay, self.send, reply)
            elif message.get("id") is None:
                self.null_id_errors.append(message)
            else:
                self.answers[message["id"]] = message
                self.counts[message["id"]] = self.counts.get(message["id"], 0) + 1
                self.arrived[message["id"]] = time.monotonic()

    def send(self, message: Any) -> None:
        self.write(frame(json.dumps(message)))

    def write(self, data: bytes) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(data)

    async def answer(self, msg_id: Any, timeout: float = WAIT) -> dict:
        await self.proc.stdin.drain()
        deadline = time.monotonic() + timeout
        while msg_id not in self.answers:
            if time.monotonic() > deadline:
                raise AssertionError(f"no answer to {msg_id!r} in {timeout} s")
            await asyncio.sleep(0.01)
        return self.answers[msg_id]

    async def request(self, msg_id: Any, method: str, params: Any = None,
                      timeout: float = WAIT) -> dict:
        message = {"jsonrpc": "2.0", "id": msg_id, "method": method}
        if params is not None:
            message["params"] = params
        self.send(message)
        return await self.answer(msg_id, timeout)

    async def initialize(self, root: Path, capabilities: dict | None = None) -> dict:
        answer = await self.request("init", "initialize", {
            "processId": None, "rootUri": root.as_uri(), "capabilities": capabilities or {},
            "workspaceFolders": [{"uri": root.as_uri(), "name": root.name}]})
        self.send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
        ready = await self.request("ready", "workspace/executeCommand",
                                   {"command": "temper.status", "arguments": [{}]})
        assert "result" in ready, ready
        return answer

    def messages(self) -> list[str]:
        return [m["params"]["message"] for m in self.unsolicited
                if m["method"] in ("window/showMessage", "window/showMessageRequest")]

    async def stop(self) -> int:
        """shutdown, exit, and the process's exit code."""
        await self.request("bye", "shutdown", timeout=WAIT)
        self.send({"jsonrpc": "2.0", "method": "exit"})
        await self.proc.stdin.drain()
        code = await asyncio.wait_for(self.proc.wait(), WAIT)
        await self.reader
        return code

    def log(self) -> str:
        return self.stderr_path.read_text(errors="replace")
