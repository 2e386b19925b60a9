"""Runs `node --test`, then again for the tests a stuck one kept from running.

    python node_rerun.py OUT_DIR <node command up to its test files> -- <test files...>

node_hang_watch.cjs stops a test file's process at a test stuck in synchronous code and writes
OUT_DIR/hang-<pid>.json (its stack); the tests after it in that file never ran. For each such
file this runs node again on that file alone, for the tests written after the stuck one
(`--test-name-pattern`, exact titles), reporting into OUT_DIR/report-<n>.ndjson (the reporter
writes where TEMPER_NODE_REPORT says), until no new test hangs. Exits with the first run's code, or 1 when a later run failed.

Standard library only: it runs inside the sandbox with the interpreter Temper runs on.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote, urlparse

TEST_TITLE = re.compile(r"^\s*(?:test|it)(?:\.\w+)?\s*\(\s*(?P<q>[\"'`])(?P<name>.*?)(?P=q)")
ROUNDS = 20  # at most this many hangs are worked around in one run
REPORT = "TEMPER_NODE_REPORT"  # where ndjson_reporter.mjs writes


def _stuck(hang: Path, files: list[str]) -> tuple[str, int] | None:
    """(the test file, the line in it) of the innermost test-file frame of a hang's stack."""
    try:
        frames = json.loads(hang.read_text(encoding="utf-8")[:200_000])["frames"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    wanted = {str(Path(f).resolve()): f for f in files}
    for frame in frames:
        url = str(frame.get("url") or "")
        path = unquote(urlparse(url).path) if url.startswith("file:") else url
        if path and str(Path(path).resolve()) in wanted:
            return wanted[str(Path(path).resolve())], int(frame.get("line") or 0)
    return None


def _after(file: str, line: int) -> list[str]:
    """The titles of the top-level tests written after the one holding `line`."""
    try:
        lines = Path(file).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return []
    return [m["name"] for text in lines[line:] if (m := TEST_TITLE.match(text))
            and not text.startswith((" ", "\t"))]


def main(args: list[str]) -> int:
    out = Path(args[0])
    split = args.index("--")
    command, files = args[1:split], args[split + 1:]
    code = subprocess.call([*command, *files])
    seen: set[Path] = set()
    for round_number in range(1, ROUNDS + 1):
        hangs = sorted(set(out.glob("hang-*.json")) - seen)
        if not hangs:
            break
        for hang in hangs:
            seen.add(hang)
            stuck = _stuck(hang, files)
            left = _after(*stuck) if stuck else []
            if not left:
                continue
            pattern = "^(?:" + "|".join(re.escape(name) for name in left) + ")$"
            env = {**os.environ, REPORT: str(out / f"report-{round_number}-{len(seen)}.ndjson")}
            if subprocess.call([*command, f"--test-name-pattern={pattern}", stuck[0]],
                               env=env) != 0:
                code = code or 1
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
