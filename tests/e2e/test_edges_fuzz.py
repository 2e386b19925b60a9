"""A seeded, bounded stream of hostile traffic against the real `temper lsp` process.

A few thousand messages over malformed frames and JSON, unknown methods, wrong types,
out-of-range positions, odd URIs, huge and binary documents, save storms, garbage command
arguments and cancels. Every request must be answered exactly once with a code its class
allows (never an internal error), a valid probe sent between bursts must answer within 5 s, the
log must hold no traceback, and the server must exit cleanly. The figures are printed (-s).
"""

from __future__ import annotations

import json
import random
import time
from pathlib import Path

import pytest

from tests.e2e.wire import Wire, frame

SEED = 14
MESSAGES = 3000
BURST = 60
PROBE_LIMIT = 5.0
RESULT = None  # a request whose class allows a plain result


class Stream:
    """Builds the messages and remembers what each request may be answered with."""

    def __init__(self, rng: random.Random, root: Path):
        self.rng, self.root = rng, root
        self.expected: dict[str, set[int | None]] = {}
        self.sent: dict[str, dict] = {}  # each request, to say which one was answered wrongly
        self.bad_ids = 0  # requests whose id is unusable: answered with a null id
        self.count = 0
        self.uri = (root / "fizzbuzz.py").as_uri()

    def _id(self) -> str:
        self.count += 1
        return f"q{self.count}"

    def request(self, method: str, params, allowed: set[int | None]) -> bytes:
        msg_id = self._id()
        self.expected[msg_id] = allowed
        message = {"jsonrpc": "2.0", "id": msg_id, "method": method}
        if params is not ...:
            message["params"] = params
        self.sent[msg_id] = message
        return frame(json.dumps(message))

    def notify(self, method: str, params) -> bytes:
        self.count += 1
        return frame(json.dumps({"jsonrpc": "2.0", "method": method, "params": params}))

    def position(self) -> dict:
        r = self.rng
        return {"line": r.choice([0, 1, 3, 10**6, -1, 2**31, 2**53]),
                "character": r.choice([0, 5, -3, 2**31, 10**9])}

    def odd_uri(self) -> str:
        return self.rng.choice([
            "file:///%00bad.py", "untitled:Untitled-1", "git:/x/fizzbuzz.py?ref=HEAD",
            self.root.as_uri(), f"{self.root.as_uri()}/../../etc/passwd",
            f"{self.root.as_uri()}/%E2%82%AC%20space.py", "file://", "file:///", "::::",
            f"{self.root.as_uri()}/" + "a/" * 200 + "deep.py", "http://example.com/x.py",
            self.uri])

    def garbage(self):
        return self.rng.choice([None, 0, -1, 1.5, "", "x" * 300, [], [1, [2]], {}, True,
                                {"uri": 7}, {"uri": "file:///%00"}, {"line": "ten"}])

    def next(self) -> bytes:
        r = self.rng
        kind = r.randrange(12)
        if kind == 0:  # malformed frames and JSON: no answer possible, one log line each
            self.count += 1
            return r.choice([
                frame(b"{not json"), frame(b"\xff\xfe\x00binary"), frame(b"[1, 2, 3]"),
                frame(b"42"), frame(b'"just a string"'), frame(b'{"jsonrpc": "2.0"}'),
                frame(b'{"jsonrpc": "1.0", "method": "x"}'),
                b"X-Nonsense: yes\r\n" + frame(b'{"jsonrpc": "2.0", "method": "$/x"}')])
        if kind == 1:  # unknown methods, with or without params
            method = r.choice(["temper/doesNotExist", "textDocument/formatting",
                               "workspace/symbol", "$/unknown", "textDocument/definition"])
            return self.request(method, r.choice([..., {}, None, [1], "x"]), {-32601})
        if kind == 2:  # wrong types
            return self.request(r.choice(["textDocument/hover", "textDocument/codeAction",
                                          "textDocument/codeLens"]),
                                r.choice([..., None, [], "x", 5, {"textDocument": 5},
                                          {"textDocument": {"uri": 5}}]), {-32602})
        if kind == 3:  # positions, in range or not
            position = self.position()
            fits = 0 <= position["line"] < 2**31 and 0 <= position["character"] < 2**31
            return self.request("textDocument/hover", {"textDocument": {"uri": self.uri},
                                                       "position": position},
                                {RESULT} if fits else {-32602})
        if kind == 4:  # odd URIs
            uri = self.odd_uri()
            return self.request("textDocument/hover", {
                "textDocument": {"uri": uri}, "position": {"line": 0, "character": 0}},
                {-32602} if "%00" in uri else {RESULT})
        if kind == 5:  # huge and binary documents
            text = r.choice(["x = 1\n" * r.randrange(1, 200_000),
                             "".join(chr(r.randrange(0, 0x2FF)) for _ in range(5000)),
                             "x = '\ud800'\n", "\x00" * 1000])
            uri = r.choice([f"{self.root.as_uri()}/big{r.randrange(3)}.py", self.uri])
            return self.notify("textDocument/didOpen", {"textDocument": {
                "uri": uri, "languageId": "python", "version": 1, "text": text}})
        if kind == 6:  # save storms
            return self.notify("textDocument/didSave", {"textDocument": {"uri": self.uri}})
        if kind == 7:  # garbage command arguments
            command = r.choice(["temper.hint", "temper.status", "temper.nextExercise",
                                "temper.startExercise", "temper.hintHistory", "temper.nope"])
            arguments = r.choice([..., None, [self.garbage()],
                                  [self.garbage(), self.garbage()], "x"])
            params = {"command": command} if arguments is ... else \
                {"command": command, "arguments": arguments}
            return self.request("workspace/executeCommand", params, {RESULT, -32602})
        if kind == 8:  # cancels for anything, the request just sent included
            target = r.choice([f"q{self.count}", 7, None, "nothing"])
            if target in self.expected:
                self.expected[target] = self.expected[target] | {-32800}
            return self.notify("$/cancelRequest", {"id": target})
        if kind == 9:  # unusable ids
            self.bad_ids += 1
            self.count += 1
            return frame(json.dumps({"jsonrpc": "2.0", "id": r.choice([1.5, [1], {"a": 1}]),
                                     "method": "textDocument/hover", "params": {}}))
        if kind == 10:  # notifications with broken params
            return self.notify(r.choice(["textDocument/didChange", "textDocument/didClose",
                                         "workspace/didChangeConfiguration"]), self.garbage())
        return self.request("textDocument/codeAction", {  # a code action without context
            "textDocument": {"uri": self.uri},
            "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}},
            {-32602})


def code(answer: dict) -> int | None:
    return answer["error"]["code"] if "error" in answer else None


@pytest.mark.timeout(240)
async def test_a_hostile_stream_gets_one_right_answer_per_request(home: Path, fizzbuzz: Path,
                                                                   tmp_path: Path):
    wire = await Wire.start(home, tmp_path / "server.log")
    await wire.initialize(fizzbuzz)
    stream = Stream(random.Random(SEED), fizzbuzz)
    probes: list[float] = []
    started = time.monotonic()
    while stream.count < MESSAGES:
        for _ in range(BURST):
            wire.write(stream.next())
        probe = f"probe{len(probes)}"
        sent = time.monotonic()
        wire.send({"jsonrpc": "2.0", "id": probe, "method": "workspace/executeCommand",
                   "params": {"command": "temper.status", "arguments": [{"uri": stream.uri}]}})
        answer = await wire.answer(probe, timeout=30)
        assert answer.get("result", {}).get("exercise") == "python/basics/fizzbuzz", answer
        probes.append(wire.arrived[probe] - sent)
    for msg_id in stream.expected:
        await wire.answer(msg_id, timeout=30)
    sent_all = time.monotonic() - started
    wrong = {i: (stream.sent[i], wire.answers[i], allowed)
             for i, allowed in stream.expected.items() if code(wire.answers[i]) not in allowed}
    duplicates = {i: n for i, n in wire.counts.items() if n > 1}
    exit_code = await wire.stop()
    log = wire.log()
    probes.sort()
    p95 = probes[int(len(probes) * 0.95) - 1]
    print(f"\nfuzz: {stream.count} messages in {sent_all:.1f} s, {len(stream.expected)} "
          f"requests, {len(stream.expected) - len(wrong)} answered with the right code, "
          f"{len(wire.null_id_errors)}/{stream.bad_ids} unusable ids answered, "
          f"{len(probes)} probes p95 {p95 * 1000:.0f} ms max {probes[-1] * 1000:.0f} ms, "
          f"{log.count('Traceback')} tracebacks, {len(log.splitlines())} log lines, "
          f"exit {exit_code}")
    assert not wrong, list(wrong.items())[:5]
    assert not duplicates, duplicates
    assert len(wire.null_id_errors) == stream.bad_ids
    assert probes[-1] < PROBE_LIMIT, probes[-5:]
    assert "Traceback" not in log, log[log.index("Traceback") - 200:][:3000]
    assert exit_code == 0
    assert not any("problem" in m for m in wire.messages()), wire.messages()
