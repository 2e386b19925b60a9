"""Start-up side by side: Temper, jedi-language-server and python-lsp-server in one run.

Each round spawns every server once, in an order that rotates from round to round (so drift in
the machine's load hits all of them alike), and times spawn → the `initialize` result with the
same plain JSON-RPC client and the same client capabilities (VS Code's, from
pytest-lsp, when installed). Every server gets a fresh empty workspace; Temper also a fresh
TEMPER_HOME. Round 0 warms the disk cache and .pyc files and is not counted.

    python -m venv benchmarks/.venv-compare
    benchmarks/.venv-compare/bin/pip install -r benchmarks/requirements.txt
    python benchmarks/startup_compare.py [--rounds 15] [--json out.json]

The other servers come from that venv only; they are never product dependencies.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
VENV = HERE / ".venv-compare" / "bin"
WAIT = 60.0


def servers() -> dict[str, list[str]]:
    found = {"temper": [sys.executable, "-m", "temper", "lsp"]}
    for name, script in (("jedi-language-server", "jedi-language-server"),
                         ("python-lsp-server", "pylsp")):
        path = VENV / script
        if not path.exists():
            raise SystemExit(f"{path} is missing: install benchmarks/requirements.txt into "
                             f"{VENV.parent} (see this file's docstring)")
        found[name] = [str(path)]
    return found


def capabilities() -> dict:
    """VS Code's client capabilities (pytest-lsp ships a copy), else a minimal set."""
    try:
        import pytest_lsp
        from lsprotocol.converters import get_converter

        return get_converter().unstructure(pytest_lsp.client_capabilities("visual-studio-code"))
    except ImportError:
        return {"window": {"workDoneProgress": True}}


def _frame(message: dict) -> bytes:
    body = json.dumps(message).encode()
    return f"Content-Length: {len(body)}\r\n\r\n".encode() + body


async def _answer(stdout: asyncio.StreamReader, process: asyncio.subprocess.Process,
                  msg_id: int) -> dict:
    """Read framed messages until the response to `msg_id`; answer the server's requests
    (workspace/configuration, progress creation) with null results, as a quiet editor does."""
    while True:
        length = 0
        while (line := await stdout.readline()) not in (b"\r\n", b"\n"):
            if not line:
                raise ConnectionError("the server closed its output")
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":")[1])
        message = json.loads(await stdout.readexactly(length))
        if message.get("id") == msg_id and "method" not in message:
            return message
        if "method" in message and "id" in message:  # a request from the server
            params = message.get("params") or {}
            result = [None] * len(params.get("items", [])) \
                if message["method"] == "workspace/configuration" else None
            process.stdin.write(_frame({"jsonrpc": "2.0", "id": message["id"],
                                        "result": result}))


async def start_once(command: list[str], scratch: Path, caps: dict) -> float:
    """Milliseconds from spawn to the initialize result; the server is shut down after.

    A plain JSON-RPC client over stdio, the same for every server: python-lsp-server's
    initialize result does not decode with lsprotocol's strict types."""
    root = Path(tempfile.mkdtemp(dir=scratch, prefix="ws-"))
    home = Path(tempfile.mkdtemp(dir=scratch, prefix="home-"))
    env = {**os.environ, "TEMPER_HOME": str(home)}
    began = time.perf_counter()
    process = await asyncio.create_subprocess_exec(
        *command, cwd=root, env=env, stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.DEVNULL)
    try:
        process.stdin.write(_frame({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
            "processId": os.getpid(), "rootUri": root.as_uri(), "capabilities": caps,
            "workspaceFolders": [{"uri": root.as_uri(), "name": root.name}]}}))
        answer = await asyncio.wait_for(_answer(process.stdout, process, 1), WAIT)
        took = (time.perf_counter() - began) * 1000
        if "result" not in answer or "capabilities" not in answer["result"]:
            raise RuntimeError(f"{command[-1]} answered initialize with {answer}")
        process.stdin.write(_frame({"jsonrpc": "2.0", "method": "initialized", "params": {}}))
        process.stdin.write(_frame({"jsonrpc": "2.0", "id": 2, "method": "shutdown"}))
        await asyncio.wait_for(_answer(process.stdout, process, 2), WAIT)
        process.stdin.write(_frame({"jsonrpc": "2.0", "method": "exit"}))
        await asyncio.wait_for(process.wait(), 10)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    return took


async def run(rounds: int) -> dict[str, list[float]]:
    commands, caps = servers(), capabilities()
    names = list(commands)
    samples: dict[str, list[float]] = {name: [] for name in names}
    with tempfile.TemporaryDirectory(prefix="temper-startup-") as folder:
        for i in range(rounds + 1):
            order = names[i % len(names):] + names[:i % len(names)]
            for name in order:
                took = await start_once(commands[name], Path(folder), caps)
                if i:
                    samples[name].append(took)
            print(f"round {i}{' (warm-up)' if not i else ''}: " + ", ".join(
                f"{n} {samples[n][-1]:.0f}" for n in names if i and samples[n]), flush=True)
    return samples


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    samples = asyncio.run(run(args.rounds))
    load = Path("/proc/loadavg").read_text().split()[:3] if Path("/proc/loadavg").exists() \
        else ["?"]
    print(f"\nspawn → initialize result, ms ({args.rounds} interleaved rounds; "
          f"load average {' '.join(load)})")
    print(f"{'server':<22} {'median':>8} {'min':>8} {'max':>8}")
    table = {}
    for name, values in samples.items():
        table[name] = {"n": len(values), "median": round(statistics.median(values), 1),
                       "min": round(min(values), 1), "max": round(max(values), 1)}
        row = table[name]
        print(f"{name:<22} {row['median']:>8.0f} {row['min']:>8.0f} {row['max']:>8.0f}")
    if args.json:
        args.json.write_text(json.dumps({"load": load, "ms": table, "samples": samples},
                                        indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
