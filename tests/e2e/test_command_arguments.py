"""Typed command arguments through the real server: arguments a command cannot use get -32602
with a message naming the field; good ones still work."""

from __future__ import annotations

from pathlib import Path

import pytest
import pytest_asyncio

from tests.e2e.wire import Wire

pytestmark = pytest.mark.asyncio


@pytest_asyncio.fixture
async def wire(home: Path, fizzbuzz: Path, tmp_path: Path):
    client = await Wire.start(home, tmp_path / "server.log")
    await client.initialize(fizzbuzz)
    client.root = fizzbuzz
    yield client
    if client.proc.returncode is None:
        assert await client.stop() == 0


async def command(wire: Wire, name: str, *arguments) -> dict:
    wire.count = getattr(wire, "count", 0) + 1
    return await wire.request(f"c{wire.count}", "workspace/executeCommand",
                              {"command": name, "arguments": list(arguments)})


@pytest.mark.parametrize(("name", "arguments", "field", "words"), [
    ("temper.hint", {"line": 3}, "uri", "required field missing"),
    ("temper.hint", {"uri": 5}, "uri", "expected a string"),
    ("temper.hint", {"uri": "URI", "line": "third"}, "line", "expected a whole number"),
    ("temper.hint", {"uri": "URI", "line": True}, "line", "expected a whole number"),
    ("temper.hint", {"uri": "URI", "level": "L9"}, "level", "L9"),
    ("temper.hint", {"uri": "URI", "intent": "do it"}, "intent", "must be one of"),
    ("temper.runTests", {}, "uri", "required field missing"),
    ("temper.status", {"uri": ["x"]}, "uri", "expected a string"),
    ("temper.nextExercise", {"language": 3}, "language", "expected a string"),
    ("temper.startExercise", {"id": "python/basics/fizzbuzz"}, "folder", "required field"),
])
async def test_bad_arguments_name_the_field(wire: Wire, name, arguments, field, words):
    uri = (wire.root / "fizzbuzz.py").as_uri()
    given = {k: (uri if v == "URI" else v) for k, v in arguments.items()}
    answer = await command(wire, name, given)
    error = answer.get("error")
    assert error is not None and error["code"] == -32602, answer
    assert f"`{field}`" in error["message"] and words in error["message"], error


async def test_good_arguments_still_work(wire: Wire):
    uri = (wire.root / "fizzbuzz.py").as_uri()
    status = await command(wire, "temper.status", {"uri": uri})
    assert status["result"]["exercise"] == "python/basics/fizzbuzz", status
    hint = await command(wire, "temper.hint", {"uri": uri, "line": "2", "level": "L0",
                                               "intent": "question"})
    assert hint["result"]["level"] == 0, hint
    assert (await command(wire, "temper.profile"))["result"]["hint_dependency"] >= 0
