"""Security and bug-prone checks from ruff, run as a subprocess on the learner's source.

ruff is a dependency of Temper (the PyPI package ships the binary); the learner installs nothing.
Only the curated codes in RUFF_RULES are selected and reported, each as `ruff-<CODE>`.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import logging
import os
import re
import shutil
import signal
import sys
from pathlib import PurePath

from temper.core.risks import Detection
from temper.risks.python_rules import RUFF_RULES

log = logging.getLogger(__name__)

RUFF_TIMEOUT = 5.0
MAX_SOURCE_CHARS = 1_000_000
POSIX = os.name == "posix"
SELECT = ",".join(code.removeprefix("ruff-") for code in RUFF_RULES)
_warned: set[str] = set()


def _warn_once(reason: str, detail: str = "") -> None:
    if reason not in _warned:
        _warned.add(reason)
        log.warning("ruff checks are off (%s)%s", reason, f": {detail}" if detail else "")


@functools.cache
def ruff_binary() -> str | None:
    """The binary the `ruff` package ships, else one on PATH, else None."""
    try:
        from ruff import find_ruff_bin

        return find_ruff_bin()
    except (ImportError, FileNotFoundError):
        return shutil.which("ruff")


def _target_version() -> str:
    major, minor = sys.version_info[:2]
    return f"py{major}{min(max(minor, 7), 14)}"


def _is_test_file(path: str) -> bool:
    pure = PurePath(path)
    return (pure.name.startswith("test_") or pure.stem.endswith("_test")
            or pure.name == "conftest.py")


def _stdin_name(path: str) -> str:
    """Only the file name: ruff needs the suffix, not where the learner keeps the file."""
    name = PurePath(path).name
    return name if name.endswith((".py", ".pyi")) else "main.py"


async def ruff(source: str, path: str = "main.py") -> list[Detection]:
    """Curated ruff findings for `source`; [] if ruff is missing, fails, or times out."""
    binary = ruff_binary()
    if binary is None:
        _warn_once("not installed")
        return []
    if len(source) > MAX_SOURCE_CHARS or "\x00" in source:
        return []
    args = ["check", "--no-cache", "--isolated", "--exit-zero", "--output-format", "json",
            "--target-version", _target_version(), "--select", SELECT,
            "--stdin-filename", _stdin_name(path), "-"]
    try:
        proc = await asyncio.create_subprocess_exec(
            binary, *args, stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE, start_new_session=POSIX)
    except OSError as exc:
        _warn_once("cannot start", str(exc))
        return []
    try:
        out, err = await asyncio.wait_for(
            proc.communicate(source.encode("utf-8", "replace")), RUFF_TIMEOUT)
    except (TimeoutError, asyncio.CancelledError) as exc:
        _kill(proc)
        await asyncio.shield(proc.wait())
        if isinstance(exc, asyncio.CancelledError):
            raise
        _warn_once("timeout", f"no answer within {RUFF_TIMEOUT:g}s")
        return []
    if proc.returncode != 0:
        _warn_once("failed", err.decode("utf-8", "replace").strip()[:300])
        return []
    try:
        results = json.loads(out or b"[]")
    except ValueError as exc:
        _warn_once("unreadable output", str(exc))
        return []
    return to_detections(results, path, source)


def _kill(proc: asyncio.subprocess.Process) -> None:
    """Stop ruff and anything it started: a child left holding the pipes would keep us waiting."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        if POSIX:
            os.killpg(proc.pid, signal.SIGKILL)  # its own session, so its own process group
        else:
            proc.kill()


def _literal_at(lines: list[str], start: dict, end: dict) -> str:
    """The text ruff pointed at, when it fits on one line."""
    if start["row"] != end["row"] or not 0 < start["row"] <= len(lines):
        return ""
    return lines[start["row"] - 1][start["column"] - 1:end["column"] - 1]


def to_detections(results: list[dict], path: str = "main.py",
                  source: str = "") -> list[Detection]:
    """Map ruff's JSON results to detections, keeping only curated and useful ones."""
    found: dict[tuple, Detection] = {}
    lines = re.split(r"\r\n|\r|\n", source)
    prefix_increments = {(r["location"]["row"], r["location"]["column"])
                         for r in results if r.get("code") == "B002"}
    for result in results:
        code = f"ruff-{result.get('code')}"
        rule = RUFF_RULES.get(code)
        if rule is None:
            continue  # not curated, or a syntax error (code null): the runner reports those
        start, end = result["location"], result.get("end_location") or result["location"]
        where = (start["row"], start["column"])
        if code == "ruff-S101" and _is_test_file(path):
            continue  # asserts are how tests check things
        if code == "ruff-B018" and where in prefix_increments:
            continue  # `++n` is explained once, as B002
        if code in ("ruff-S602", "ruff-S605") and "seems safe" in result.get("message", ""):
            continue  # a fixed command such as "clear": nothing can be injected
        if code in ("ruff-S105", "ruff-S106", "ruff-S107") and any(
                ch.isspace() for ch in _literal_at(lines, start, end)):
            continue  # "Enter your password: " is a prompt, not a secret
        found.setdefault((code, *where), Detection(
            code, start["row"], start["column"], end["row"], end["column"], rule.message))
    return sorted(found.values(), key=lambda d: (d.line, d.column, d.code))
