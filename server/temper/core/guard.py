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


STATEMENT_WORDS = ("elif", "if", "while", "return", "for", "assert", "yield", "else")
MIN_FRAGMENT = 6  # a keyword-stripped fragment such as "n%15==0" or "str(n)"


def _normal(text: str) -> str:
    """Whitespace dropped and quotes unified, so re-indenting or re-quoting hides nothing."""
    return re.sub(r"\s+", "", text).replace("'", '"')


def _fragments(line: str) -> set[str]:
    """The line's expression without its statement keyword and trailing colon."""
    core = line.rstrip(":")
    for word in STATEMENT_WORDS:
        if core.startswith(word) and len(core) > len(word):
            core = core[len(word):]
            break
    return {core} if len(core) >= MIN_FRAGMENT else set()


def secret_lines(solution: Mapping[str, str], public: Mapping[str, str]) -> set[str]:
    """Solution code the learner has not been shown in the starter, the tests or the brief.

    Whole lines count when no public line matches them; the expression inside a line
    ("n % 15 == 0" in "if n % 15 == 0:") counts when it appears nowhere in public text.
    """
    shown_lines = {_normal(line) for text in public.values() for line in text.splitlines()}
    shown_text = "\n".join(_normal(text) for text in public.values())
    secrets = set()
    for text in solution.values():
        for line in text.splitlines():
            norm = _normal(line)
            if norm.startswith("#") or norm in shown_lines:
                continue
            if len(norm) >= MIN_SECRET_LINE:
                secrets.add(norm)
            secrets |= {f for f in _fragments(norm) if f not in shown_text}
    return secrets


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
