"""The restraint guard: no hint at L0-L2 carries solution code, and L3 stays a skeleton.

Every provider's text passes through `violation` before it reaches a client.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping

from temper.core.levels import NO_CODE_LEVELS, Level

L3_SIMILARITY_LIMIT = 0.6  # how close an L3 outline may come to the reference solution
MIN_SECRET_LINE = 8  # shorter solution lines ("else:", "return x") are too common to count
CODE_FENCE = re.compile(r"```|^(?: {4}|\t)\S", re.MULTILINE)


def _normal(line: str) -> str:
    return re.sub(r"\s+", "", line)


def secret_lines(solution: Mapping[str, str], public: Mapping[str, str]) -> set[str]:
    """Solution lines the learner has not already been shown in the starter or the tests."""
    shown = {_normal(line) for text in public.values() for line in text.splitlines()}
    lines = set()
    for text in solution.values():
        for line in text.splitlines():
            norm = _normal(line)
            if len(norm) >= MIN_SECRET_LINE and norm not in shown and not norm.startswith("#"):
                lines.add(norm)
    return lines


def violation(text: str, level: Level, solution: Mapping[str, str],
              public: Mapping[str, str]) -> str | None:
    """Why `text` may not be delivered at `level`, or None when it may."""
    flat = _normal(text)
    secrets = secret_lines(solution, public)
    if level in NO_CODE_LEVELS:
        if CODE_FENCE.search(text):
            return f"a code block at L{int(level)}"
        leaked = next((s for s in secrets if s in flat), None)
        if leaked:
            return f"a line of the reference solution at L{int(level)}"
        return None
    if level == Level.L3 and solution:
        reference = "".join(_normal(t) for t in solution.values())
        ratio = difflib.SequenceMatcher(None, flat, reference, autojunk=False).ratio()
        if ratio > L3_SIMILARITY_LIMIT:
            return f"an L3 outline {ratio:.0%} similar to the reference solution"
        copied = [s for s in secrets if s in flat]
        if len(copied) > max(1, len(secrets) // 3):
            return f"{len(copied)} lines of the reference solution in an L3 outline"
    return None
