"""The Ochiai spectrum over per-test line coverage gathered on the host side (Go, C, Rust, Java),
and which lines a coverage count can mean."""

from __future__ import annotations

import math
import re

DECIDES = re.compile(r"(\}\s*else\s+)?(if|while|for|return|switch|case)\b")


def ochiai(covered: dict[str, set[tuple[str, int]]], passed: dict[str, bool],
           lines: dict[str, list[str]] | None = None) -> dict[tuple[str, int], float]:
    """`failed(line) / sqrt(total_failed * (failed(line) + passed(line)))` for every line a
    failing test ran; `covered` maps a test to its (path, line) set, `passed` to its outcome.
    Among equal scores, a line that decides or gives back (`if`, `for`, `return`…) goes first."""
    failing = [name for name in covered if not passed.get(name, True)]
    if not failing:
        return {}
    failed_at: dict[tuple[str, int], int] = {}
    passed_at: dict[tuple[str, int], int] = {}
    for name, ran in covered.items():
        into = passed_at if passed.get(name, True) else failed_at
        for key in ran:
            into[key] = into.get(key, 0) + 1
    return {key: round(count / math.sqrt(len(failing) * (count + passed_at.get(key, 0))), 6)
            + 0.001 * _decides(lines or {}, key) for key, count in failed_at.items()}


def counted_code(rows: list[str], number: int) -> str:
    """Line `number` (1-based) stripped when a coverage count there means code ran: not blank,
    not a lone brace or `} else {`, not a comment; else ""."""
    code = rows[number - 1].strip() if 0 < number <= len(rows) else ""
    return "" if code in ("}", "{", "} else {") or code.startswith("//") else code


def _decides(lines: dict[str, list[str]], key: tuple[str, int]) -> bool:
    rows = lines.get(key[0]) or []
    return 0 < key[1] <= len(rows) and bool(DECIDES.match(rows[key[1] - 1].strip()))
