"""A per-test time limit for Go test binaries, which only have one for the whole binary:
`go test -exec` runs each test binary through this script.

    python go_watchdog.py SECONDS <test binary> <test flags...>

It passes the binary's verbose output through as it comes (the go command turns it into JSON
events). When one top-level test has run for SECONDS, it prints Go's own timeout line for it and
sends SIGQUIT, which makes the Go runtime print every goroutine's stack (where the test was
stuck) and exit. Whenever the binary ends early (that, or a panic), it runs it again for the
tests that have not run yet, so one stuck or panicking test fails alone.

Standard library only: it runs inside the sandbox with the interpreter Temper runs on.
"""

from __future__ import annotations

import queue
import re
import signal
import subprocess
import sys
import threading
import time

RUN = re.compile(r"^=== RUN\s+(?P<name>[^/\s]+)\s*$")
ENDED = re.compile(r"^--- (?:PASS|FAIL|SKIP): (?P<name>[^/\s]+) ")
TEST_NAME = re.compile(r"^(?:Test|Example|Fuzz)\w*$")
GRACE = 3.0  # seconds the runtime gets to print its stacks before it is killed


def _pump(stream, lines: queue.Queue) -> None:
    for line in iter(stream.readline, ""):
        lines.put(line)
    lines.put(None)


def _names(binary: str) -> list[str]:
    listed = subprocess.run([binary, "-test.list", "."], capture_output=True, text=True,
                            check=False, timeout=60)
    return [line.strip() for line in listed.stdout.splitlines() if TEST_NAME.match(line.strip())]


def _run_once(argv: list[str], limit: float, started: set[str]) -> int:
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines: queue.Queue = queue.Queue()
    threading.Thread(target=_pump, args=(process.stdout, lines), daemon=True).start()
    running: tuple[str, float] | None = None
    stopped_at = None
    while True:
        if stopped_at is not None:
            wait = max(0.0, stopped_at + GRACE - time.monotonic())
        elif running is not None:
            wait = max(0.0, running[1] + limit - time.monotonic())
        else:
            wait = None
        try:
            line = lines.get(timeout=wait)
        except queue.Empty:
            if stopped_at is not None:
                process.kill()
                continue
            sys.stdout.write(f"panic: test timed out after {limit:g}s\n")
            sys.stdout.flush()
            process.send_signal(signal.SIGQUIT)
            stopped_at = time.monotonic()
            continue
        if line is None:
            return process.wait()
        sys.stdout.write(line)
        sys.stdout.flush()
        if (found := RUN.match(line)) is not None:
            running = (found["name"], time.monotonic())
            started.add(found["name"])
        elif (found := ENDED.match(line)) is not None and running and \
                running[0] == found["name"]:
            running = None


def main(args: list[str]) -> int:
    limit, argv = float(args[0]), args[1:]
    names = _names(argv[0])
    started: set[str] = set()
    code = _run_once(argv, limit, started)
    failed = code != 0
    while code != 0:
        left = [name for name in names if name not in started]
        if not left:
            break
        pattern = "^(" + "|".join(re.escape(name) for name in left) + ")$"
        before = len(started)
        code = _run_once([*argv, "-test.run", pattern], limit, started)
        if len(started) == before:  # it ends before any test (a panic while starting)
            break
    return 1 if failed else code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
