"""A per-test time limit for Rust test binaries (libtest has none): cargo runs each test binary
through this script (as its target runner).

    python rust_watchdog.py SECONDS <test binary> <libtest arguments...>

It passes libtest's JSON lines through as they come. When one test has run for SECONDS, it kills
the binary, reports that test as failed with `"temper_timeout": true`, and starts the binary
again skipping every test already reported, so the tests after a stuck one still run. It exits
with 101 (libtest's failure code) when a test hung, else with the binary's own code.

Standard library only: it runs inside the sandbox with the interpreter Temper runs on.
"""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time


def _pump(stream, lines: queue.Queue) -> None:
    for line in iter(stream.readline, ""):
        lines.put(line)
    lines.put(None)


def _run_once(argv: list[str], limit: float, done: set[str]) -> tuple[int, str | None]:
    """Run the binary once; (its exit code, the test it was stopped in or None)."""
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, text=True, start_new_session=True)
    lines: queue.Queue = queue.Queue()
    threading.Thread(target=_pump, args=(process.stdout, lines), daemon=True).start()
    running: dict[str, float] = {}
    while True:
        deadline = min(running.values(), default=None)
        wait = None if deadline is None else max(0.0, deadline + limit - time.monotonic())
        try:
            line = lines.get(timeout=wait)
        except queue.Empty:
            stuck = min(running, key=running.__getitem__)
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
            return 101, stuck
        if line is None:
            return process.wait(), None
        sys.stdout.write(line)
        sys.stdout.flush()
        try:
            event = json.loads(line)
        except ValueError:
            continue
        if not isinstance(event, dict) or event.get("type") != "test" or "name" not in event:
            continue
        if event.get("event") == "started":
            running[event["name"]] = time.monotonic()
        elif event.get("event") in ("ok", "failed", "ignored"):
            running.pop(event["name"], None)
            done.add(event["name"])


def main(args: list[str]) -> int:
    limit, argv = float(args[0]), args[1:]
    done: set[str] = set()
    hung = False
    while True:
        skips = [part for name in sorted(done) for part in ("--skip", name)]
        code, stuck = _run_once([*argv, *skips, *(["--exact"] if skips else [])], limit, done)
        if stuck is None:
            return 101 if hung and code == 0 else code
        hung = True
        done.add(stuck)
        print(json.dumps({"type": "test", "event": "failed", "name": stuck, "stdout": "",
                          "temper_timeout": limit}), flush=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
