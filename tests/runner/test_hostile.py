"""Hostile learner code against each available backend: every attack is contained, the run ends
with a clear result, and the machine (this test process standing in for the server) is unharmed."""

from __future__ import annotations

import asyncio
import os
import socket
import time
import uuid
from pathlib import Path

import pytest

from temper.core.results import Status
from temper.runner import run_tests

TESTS = ["test_fizzbuzz.py"]


def hostile(folder: Path, body: str) -> Path:
    """fizzbuzz.py whose function runs `body` (indented) before answering."""
    lines = "\n".join("    " + line for line in body.strip("\n").splitlines())
    (folder / "fizzbuzz.py").write_text(f"def fizzbuzz(n):\n{lines}\n    return str(n)\n")
    return folder


def printed(result) -> str:
    return "".join((t.output or "") + (t.message or "") for t in result.tests) + \
        (result.message or "")


async def timed(folder: Path, backend: str, timeout: float = 5.0):
    started = time.monotonic()
    result = await run_tests(folder, "python", TESTS, timeout, backend=backend)
    return result, time.monotonic() - started


async def still_works(folder: Path, backend: str) -> None:
    hostile(folder, "pass")
    result, _ = await timed(folder, backend, 30)
    assert result.status is Status.FAIL and result.passed == 2, result


async def test_a_fork_bomb_hits_the_process_limit(fizzbuzz: Path, backend: str):
    hostile(fizzbuzz, """
import os, time
children = 0
try:
    while True:
        if os.fork() == 0:
            time.sleep(60)
            os._exit(0)
        children += 1
except OSError:
    raise RuntimeError(f"fork stopped after {children} children")
""")
    result, took = await timed(fizzbuzz, backend, 20)
    assert "fork stopped after" in printed(result), result
    count = int(printed(result).split("fork stopped after ")[1].split()[0])
    assert count < 300 and took < 25
    await still_works(fizzbuzz, backend)


async def test_an_endless_loop_is_stopped_by_the_timeout(fizzbuzz: Path, backend: str):
    hostile(fizzbuzz, "while True:\n    pass")
    result, took = await timed(fizzbuzz, backend, 3)
    assert result.timed_out and "did not finish within 3 s" in result.message
    assert result.error_location is not None and result.error_location.path == "fizzbuzz.py"
    assert took < 8


async def test_sleeping_past_the_timeout_is_stopped(fizzbuzz: Path, backend: str):
    hostile(fizzbuzz, "import time\ntime.sleep(1000)")
    result, took = await timed(fizzbuzz, backend, 3)
    assert result.timed_out and took < 8


async def test_a_memory_bomb_is_stopped_at_the_memory_limit(fizzbuzz: Path, backend: str):
    hostile(fizzbuzz, "hog = []\nwhile True:\n    hog.append(b'x' * (64 << 20))")
    result, took = await timed(fizzbuzz, backend, 30)
    if result.status is Status.ERROR:
        assert result.error_type == "MemoryLimit" and "MiB of memory" in result.message
    else:  # the address-space limit answered first, inside the test
        assert result.tests[0].error_type == "MemoryError"
    assert took < 30
    await still_works(fizzbuzz, backend)


async def test_huge_output_is_capped(fizzbuzz: Path, backend: str):
    hostile(fizzbuzz, "import os, sys\nfor _ in range(300):\n    print('x' * 1_000_000)\n"
                      "    os.write(2, b'y' * 1_000_000)")
    result, took = await timed(fizzbuzz, backend, 30)
    assert len(str(result.to_json())) < 100_000 and took < 30
    assert all(t.output is None or len(t.output) < 600 for t in result.tests)


async def test_the_network_is_cut_off(fizzbuzz: Path, backend: str):
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    port = server.getsockname()[1]
    try:
        hostile(fizzbuzz, f"""
import socket
for target in (("127.0.0.1", {port}), ("pypi.org", 443)):
    try:
        socket.create_connection(target, timeout=2).close()
        print("CONNECTED", target)
    except OSError as exc:
        print("BLOCKED", target, exc)
""")
        result, _ = await timed(fizzbuzz, backend, 30)
    finally:
        server.close()
    output = printed(result)
    assert "BLOCKED ('127.0.0.1'" in output and "BLOCKED ('pypi.org'" in output, output
    assert "CONNECTED" not in output


async def test_writes_outside_the_work_dir_do_not_land(fizzbuzz: Path, backend: str):
    token = uuid.uuid4().hex
    targets = [fizzbuzz / f"in-workspace-{token}", Path.home() / f".temper-escape-{token}",
               Path("/tmp") / f"temper-escape-{token}"]
    hostile(fizzbuzz, "\n".join(
        f"try:\n    open({str(t)!r}, 'w').write('x')\nexcept OSError as exc:\n"
        f"    print('refused', exc)" for t in targets))
    try:
        result, _ = await timed(fizzbuzz, backend, 30)
        assert result.tests, result
        assert not any(t.exists() for t in targets)
    finally:
        for target in targets:
            target.unlink(missing_ok=True)


async def test_killing_its_parent_or_the_server_harms_nothing(fizzbuzz: Path, backend: str):
    server = os.getpid()  # this test process stands in for the language server
    hostile(fizzbuzz, f"""
import os, signal
for pid in ({server}, os.getppid()):
    try:
        os.kill(pid, signal.SIGKILL)
    except OSError as exc:
        print('refused', pid, exc)
""")
    result, took = await timed(fizzbuzz, backend, 30)
    assert result is not None and took < 30  # and this process is still alive
    await still_works(fizzbuzz, backend)


async def test_home_secrets_cannot_be_read(fizzbuzz: Path, backend: str, monkeypatch):
    secret = Path.home() / f".temper-test-secret-{uuid.uuid4().hex}"
    secret.write_text("sk-live-do-not-leak")
    secret.chmod(0o644)  # readable by anyone: only the sandbox can keep it away
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-ant-env-do-not-leak")
    try:
        hostile(fizzbuzz, f"""
import os
print(sorted(os.environ))
print(os.environ.get('ANTHROPIC_API_KEY'))
try:
    print(open({str(secret)!r}).read())
except OSError as exc:
    print('refused', exc)
""")
        result, _ = await timed(fizzbuzz, backend, 30)
    finally:
        secret.unlink()
    output = printed(result)
    assert "refused" in output, output
    assert "do-not-leak" not in output and "ANTHROPIC" not in output


async def test_a_cancelled_hostile_run_leaves_nothing_running(fizzbuzz: Path, backend: str):
    hostile(fizzbuzz, "import time\nwhile True:\n    time.sleep(0.1)")
    task = asyncio.create_task(run_tests(fizzbuzz, "python", TESTS, 60, backend=backend))
    await asyncio.sleep(2)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await asyncio.wait_for(task, 15)
    await still_works(fizzbuzz, backend)
