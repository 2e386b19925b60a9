"""Loopback servers that speak the providers' real wire protocols, with scripted faults.

A `WireServer` answers each request with the next scripted `Reply` (the last one repeats) and
keeps every request it saw. Streamed bodies use chunked transfer encoding, as real servers do.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Reply:
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | None = None  # a plain body
    events: list[bytes] = field(default_factory=list)  # a streamed body, chunk by chunk
    delay: float = 0.0  # before the headers
    gap: float = 0.0  # between streamed chunks
    cut: bool = False  # drop the connection after the events, without ending the body


@dataclass
class Seen:
    path: str
    headers: dict[str, str]
    body: dict


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: WireServer

    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:
        self._answer({})

    def do_POST(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        raw = self.rfile.read(length) if length else b"{}"
        self._answer(json.loads(raw or b"{}"))

    def _answer(self, body: dict) -> None:
        server = self.server
        server.seen.append(Seen(self.path, {k.lower(): v for k, v in self.headers.items()}, body))
        reply = server.next_reply(body)
        time.sleep(reply.delay)
        try:
            self.send_response(reply.status)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            if reply.body is not None or not reply.events:
                data = reply.body or b""
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
                return
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for event in reply.events:
                self.wfile.write(b"%x\r\n%s\r\n" % (len(event), event))
                self.wfile.flush()
                time.sleep(reply.gap)
            if reply.cut:
                self.close_connection = True
                return
            self.wfile.write(b"0\r\n\r\n")
        except (BrokenPipeError, ConnectionResetError):  # the client went away
            server.aborted += 1
            self.close_connection = True


class WireServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, script: list[Reply] | Callable[[dict], Reply]):
        super().__init__(("127.0.0.1", 0), _Handler)
        self.script = script
        self.seen: list[Seen] = []
        self.aborted = 0  # streams the client closed before their end
        self.thread = threading.Thread(target=self.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def next_reply(self, body: dict) -> Reply:
        if callable(self.script):
            return self.script(body)
        return self.script.pop(0) if len(self.script) > 1 else self.script[0]

    def __enter__(self) -> WireServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.shutdown()
        self.server_close()


def pieces(text: str, size: int = 12) -> list[str]:
    return [text[i:i + size] for i in range(0, len(text), size)] or [""]


# -- Anthropic Messages ------------------------------------------------------------------------

def _sse(name: str | None, data: dict | str) -> bytes:
    payload = data if isinstance(data, str) else json.dumps(data)
    head = f"event: {name}\n" if name else ""
    return f"{head}data: {payload}\n\n".encode()


def anthropic_stream(text: str, *, stop_after: int | None = None, malformed: bool = False,
                     gap: float = 0.0, input_tokens: int = 120) -> Reply:
    message = {"id": "msg_1", "type": "message", "role": "assistant", "model": "m",
               "content": [], "stop_reason": None, "stop_sequence": None,
               "usage": {"input_tokens": input_tokens, "output_tokens": 0}}
    parts = pieces(text)
    events = [_sse("message_start", {"type": "message_start", "message": message}),
              _sse("content_block_start", {"type": "content_block_start", "index": 0,
                                           "content_block": {"type": "text", "text": ""}}),
              _sse("ping", {"type": "ping"})]
    for i, part in enumerate(parts):
        if stop_after is not None and i == stop_after:
            return Reply(headers={"Content-Type": "text/event-stream"}, events=events, gap=gap,
                         cut=True)
        if malformed and i == 1:
            events.append(b"event: content_block_delta\ndata: {not json\n\n")
        events.append(_sse("content_block_delta", {
            "type": "content_block_delta", "index": 0,
            "delta": {"type": "text_delta", "text": part}}))
    events += [_sse("content_block_stop", {"type": "content_block_stop", "index": 0}),
               _sse("message_delta", {"type": "message_delta",
                                      "delta": {"stop_reason": "end_turn", "stop_sequence": None},
                                      "usage": {"output_tokens": len(parts)}}),
               _sse("message_stop", {"type": "message_stop"})]
    return Reply(headers={"Content-Type": "text/event-stream"}, events=events, gap=gap)


def anthropic_error(status: int, kind: str, headers: dict[str, str] | None = None) -> Reply:
    body = json.dumps({"type": "error", "error": {"type": kind, "message": f"{kind} here"}})
    return Reply(status, {"Content-Type": "application/json", **(headers or {})}, body.encode())


# -- OpenAI chat completions -------------------------------------------------------------------

def openai_stream(text: str, *, stop_after: int | None = None, malformed: bool = False,
                  gap: float = 0.0) -> Reply:
    def chunk(delta: dict, finish: str | None = None, usage: dict | None = None) -> bytes:
        return _sse(None, {"id": "c1", "object": "chat.completion.chunk", "created": 1,
                           "model": "m", "choices": [] if usage else [
                               {"index": 0, "delta": delta, "finish_reason": finish}],
                           "usage": usage})
    parts = pieces(text)
    events = [chunk({"role": "assistant", "content": ""})]
    for i, part in enumerate(parts):
        if stop_after is not None and i == stop_after:
            return Reply(headers={"Content-Type": "text/event-stream"}, events=events, gap=gap,
                         cut=True)
        if malformed and i == 1:
            events.append(b"data: {not json\n\n")
        events.append(chunk({"content": part}))
    events += [chunk({}, "stop"),
               chunk({}, usage={"prompt_tokens": 150, "completion_tokens": len(parts),
                                "total_tokens": 150 + len(parts)}),
               b"data: [DONE]\n\n"]
    return Reply(headers={"Content-Type": "text/event-stream"}, events=events, gap=gap)


def openai_error(status: int, headers: dict[str, str] | None = None) -> Reply:
    body = json.dumps({"error": {"message": f"status {status} here", "type": "server_error"}})
    return Reply(status, {"Content-Type": "application/json", **(headers or {})}, body.encode())


# -- Ollama /api/chat --------------------------------------------------------------------------

def ollama_stream(text: str, *, stop_after: int | None = None, malformed: bool = False,
                  gap: float = 0.0) -> Reply:
    def line(content: str, done: bool = False) -> bytes:
        data = {"model": "m", "created_at": "2026-11-22T00:00:00Z",
                "message": {"role": "assistant", "content": content}, "done": done}
        if done:
            data.update(done_reason="stop", total_duration=1, load_duration=1,
                        prompt_eval_count=140, prompt_eval_duration=1,
                        eval_count=len(pieces(text)), eval_duration=1)
        return (json.dumps(data) + "\n").encode()
    events = []
    for i, part in enumerate(pieces(text)):
        if stop_after is not None and i == stop_after:
            return Reply(headers={"Content-Type": "application/x-ndjson"}, events=events,
                         gap=gap, cut=True)
        if malformed and i == 1:
            events.append(b"{not json\n")
        events.append(line(part))
    events.append(line("", done=True))
    return Reply(headers={"Content-Type": "application/x-ndjson"}, events=events, gap=gap)


def ollama_error(status: int) -> Reply:
    return Reply(status, {"Content-Type": "application/json"},
                 json.dumps({"error": f"status {status} here"}).encode())
