"""Every request gets exactly one answer with the right JSON-RPC code, through the real server
process; bad input never makes an internal error, a traceback in an answer, or a popup."""

from __future__ import annotations

from pathlib import Path

import pytest
import pytest_asyncio

from tests.e2e.wire import Wire, frame

pytestmark = pytest.mark.asyncio


@pytest_asyncio.fixture
async def wire(home: Path, fizzbuzz: Path, tmp_path: Path):
    client = await Wire.start(home, tmp_path / "server.log")
    await client.initialize(fizzbuzz)
    client.root = fizzbuzz
    yield client
    if client.proc.returncode is None:
        assert await client.stop() == 0


def code(answer: dict) -> int | None:
    return answer.get("error", {}).get("code")


def hover(wire: Wire, position: dict, uri: str | None = None) -> dict:
    return {"textDocument": {"uri": uri or (wire.root / "fizzbuzz.py").as_uri()},
            "position": position}


async def test_an_unknown_method_without_params_gets_method_not_found(wire: Wire):
    answer = await wire.request("a1", "temper/doesNotExist")
    assert code(answer) == -32601, answer


async def test_an_unknown_method_with_params_gets_method_not_found(wire: Wire):
    answer = await wire.request("a2", "temper/doesNotExist", {})
    assert code(answer) == -32601, answer


async def test_an_unimplemented_lsp_method_with_malformed_params_gets_method_not_found(
        wire: Wire):
    answer = await wire.request("f1", "textDocument/formatting", {})
    assert code(answer) == -32601, answer


@pytest.mark.parametrize("line", [-1, 2147483648])
async def test_a_hover_out_of_range_gets_invalid_params_naming_the_field(wire: Wire, line):
    answer = await wire.request(f"h{line}", "textDocument/hover",
                                hover(wire, {"line": line, "character": 0}))
    assert code(answer) == -32602, answer
    assert "params.position" in answer["error"]["message"]
    assert str(line) in answer["error"]["message"]


async def test_a_hover_at_line_infinity_gets_invalid_params(wire: Wire):
    uri = (wire.root / "fizzbuzz.py").as_uri()
    body = ('{"jsonrpc":"2.0","id":"inf","method":"textDocument/hover","params":'
            '{"textDocument":{"uri":"URI"},"position":{"line":Infinity,"character":0}}}'
            ).replace("URI", uri)
    wire.write(frame(body))
    answer = await wire.answer("inf")
    assert code(answer) == -32602 and "params.position.line" in answer["error"]["message"]


async def test_a_code_action_without_context_gets_invalid_params_naming_context(wire: Wire):
    zero = {"line": 0, "character": 0}
    answer = await wire.request("ca", "textDocument/codeAction", {
        "textDocument": {"uri": (wire.root / "fizzbuzz.py").as_uri()},
        "range": {"start": zero, "end": zero}})
    assert code(answer) == -32602 and "params.context" in answer["error"]["message"], answer


async def test_a_uri_with_a_nul_byte_gets_invalid_params(wire: Wire):
    answer = await wire.request("nul", "textDocument/hover",
                                hover(wire, {"line": 0, "character": 0}, "file:///%00bad.py"))
    assert code(answer) == -32602 and "textDocument.uri" in answer["error"]["message"], answer


async def test_a_second_initialize_is_refused_and_the_session_keeps_working(wire: Wire):
    answer = await wire.request("init2", "initialize", {"processId": None, "rootUri": None,
                                                        "capabilities": {}})
    assert code(answer) == -32600, answer
    status = await wire.request("s", "workspace/executeCommand", {
        "command": "temper.status", "arguments": [{"uri": (wire.root / "fizzbuzz.py").as_uri()}]},
        timeout=10)
    assert status["result"]["exercise"] == "python/basics/fizzbuzz"


async def test_a_cancelled_request_gets_request_cancelled(wire: Wire):
    wire.send({"jsonrpc": "2.0", "id": "run", "method": "workspace/executeCommand", "params": {
        "command": "temper.runTests",
        "arguments": [{"uri": (wire.root / "fizzbuzz.py").as_uri()}]}})
    wire.send({"jsonrpc": "2.0", "method": "$/cancelRequest", "params": {"id": "run"}})
    answer = await wire.answer("run")
    assert code(answer) == -32800, answer


async def test_bad_command_arguments_get_a_readable_message_and_no_traceback(wire: Wire):
    answer = await wire.request("cmd", "workspace/executeCommand",
                                {"command": "temper.hint", "arguments": ["not", "an object"]})
    error = answer["error"]
    assert error["code"] == -32602, answer
    assert "CommandError" not in error["message"] and "Traceback" not in str(error)
    assert not error.get("data"), error
    assert "Traceback" not in wire.log()
    assert not any("problem" in m for m in wire.messages())


async def test_a_request_before_initialize_gets_server_not_initialized(home: Path,
                                                                      tmp_path: Path):
    client = await Wire.start(home, tmp_path / "early.log")
    answer = await client.request("early", "textDocument/hover", {})
    assert code(answer) == -32002, answer
    await client.initialize(tmp_path)
    assert await client.stop() == 0


async def test_garbage_costs_one_log_line_each_and_no_traceback(wire: Wire):
    for n in range(30):
        wire.write(frame(b"{not json %d" % n))
        wire.send({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"n": n}})
    answer = await wire.request("after", "temper/nothing")
    assert code(answer) == -32601
    log = wire.log()
    assert "Traceback" not in log
    assert len(log.splitlines()) < 60, log[-3000:]  # rate-limited: at most 20 per kind
    assert not any("problem" in m for m in wire.messages())
