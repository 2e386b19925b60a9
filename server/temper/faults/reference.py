"""Align the learner's file with the reference solution's (as Clara and Sarfgen align an attempt
with correct ones) to find the statements that differ: one more signal for the ranking.

Lines are compared normalised (comments, blank lines and whitespace dropped), with difflib. The
result only ranks lines of the learner's file; no text of the solution leaves this module.
"""

from __future__ import annotations

import difflib
import re

COMMENT = {"python": "#", "javascript": "//", "typescript": "//", "go": "//", "rust": "//",
           "c": "//", "java": "//"}
SPACE = re.compile(r"\s+")


def _normalised(text: str, language: str) -> list[tuple[int, str]]:
    """(1-based line, normalised text) of every line that holds code."""
    mark = COMMENT.get(language, "#")
    kept = []
    in_docstring = False
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if language == "python" and line.startswith(('"""', "'''")):
            quotes = line[:3]
            closes = line.count(quotes) >= 2 and len(line) > 3
            if not closes:
                in_docstring = not in_docstring
            continue
        if in_docstring:
            continue
        if mark in line:
            line = line.split(mark, 1)[0].strip()
        if line and line not in ("{", "}", "};", ")", "]"):
            kept.append((number, SPACE.sub("", line)))
    return kept


def differing_lines(learner: str, solution: str, language: str) -> dict[int, float]:
    """Learner lines (1-based) that differ from the solution, with a weight: 1.0 for a replaced
    line; 0.5 for the line next to where the solution has a statement the learner lacks; 0.3
    for a line the solution does not have."""
    mine, theirs = _normalised(learner, language), _normalised(solution, language)
    matcher = difflib.SequenceMatcher(None, [t for _, t in mine], [t for _, t in theirs],
                                      autojunk=False)
    found: dict[int, float] = {}
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "replace":
            for i in range(i1, i2):
                found[mine[i][0]] = max(found.get(mine[i][0], 0.0), 1.0)
        elif tag == "delete":
            for i in range(i1, i2):
                found[mine[i][0]] = max(found.get(mine[i][0], 0.0), 0.3)
        elif tag == "insert":
            for i in (i1 - 1, i1):
                if 0 <= i < len(mine):
                    found[mine[i][0]] = max(found.get(mine[i][0], 0.0), 0.5)
    return found
