"""The restraint guard: no hint at L0-L2 carries solution code, and L3 stays a skeleton.

Every provider's text passes through `violation` before it reaches a client.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from functools import lru_cache

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
    return set(_secret_lines(tuple(sorted(solution.items())), tuple(sorted(public.items()))))


@lru_cache(maxsize=128)
def _secret_lines(solution_items: tuple, public_items: tuple) -> frozenset[str]:
    solution, public = dict(solution_items), dict(public_items)
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
    return frozenset(secrets)


def similarity(text: str, solution: Mapping[str, str]) -> float:
    """How close `text` is to the reference solution, from 0 to 1: difflib's ratio between the
    two with all whitespace removed and quotes unified."""
    reference = "".join(_normal(t) for t in solution.values())
    return difflib.SequenceMatcher(None, _normal(text), reference, autojunk=False).ratio()


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
        ratio = similarity(text, solution)
        if ratio > L3_SIMILARITY_LIMIT:
            return f"an L3 outline {ratio:.0%} similar to the reference solution"
        copied = [s for s in secrets if s in flat]
        if len(copied) > max(1, len(secrets) // 3):
            return f"{len(copied)} lines of the reference solution in an L3 outline"
    return None


# -- the per-level contract for written (LLM) answers --------------------------------------------

HOLE = re.compile(r"_{3,}|\.\.\.|…|\bTODO\b|\btodo!\(\)")
CODE_LINE = re.compile(
    r"^\s*(?:def |class |function |func |fn |for\b.*[:{]\s*$|while\b.*[:{]\s*$|if\b.*[:{]\s*$"
    r"|return\b\s*[^.]*$|import |from \S+ import|const |let |var |#include|pub fn|int \w+\s*\()"
    r"|[;{}]\s*$|^\s*[\w.\[\]]+\s*(?:[-+*/]?=|:=)\s*[\w\"'(\[-]"
    r"|\b(?:else|elif|try|finally|except)\b[^.?!]*:\s*$", re.MULTILINE)
INLINE_SPAN = re.compile(r"`([^`\n]+)`")
CODE_SYMBOL = re.compile(r"[=()\[\]{};%<>+*/]")
SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
STRUCTURE_LIMIT = 0.3  # share of the solution's shape a no-code answer may echo
L3_TOKEN_LIMIT = 0.5  # share of the solution's token 5-grams an L3 outline may contain


def _prose(line: str) -> bool:
    """A line of explanation rather than code or a code comment."""
    stripped = line.strip()
    symbols = len(CODE_SYMBOL.findall(stripped))
    return not (re.match(r"^(?: {4}|\t)\S", line) or CODE_LINE.search(line)
                or re.match(r"(?:#|//|/\*|\*|package |import |use )", stripped)
                or symbols > max(1, len(stripped) // 40))


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in SENTENCE.split(text) if s.strip()]


def judge(text: str, level: Level, solution: Mapping[str, str], public: Mapping[str, str],
          *, explicit: bool = False, l4_share: float = 0.4) -> str | None:
    """`violation` plus the rules an LLM's answer must keep at each level; None when it may
    be delivered. `explicit` says whether the learner asked for a full solution themselves."""
    from temper.core.leaks import Reference, detect

    if not text.strip():
        return "an empty answer"
    base = violation(text, level, solution, public)
    if base:
        return base
    leak = detect(text, Reference.of(solution, public))
    if level in NO_CODE_LEVELS:
        if leak.shape_share > STRUCTURE_LIMIT or leak.token_share > 0.1:
            return f"code shaped like the reference solution at L{int(level)}"
        spans = INLINE_SPAN.findall(text)
        if CODE_LINE.search(text) or any(CODE_SYMBOL.search(s) for s in spans):
            return f"a code statement at L{int(level)}"
        if level == Level.L0 and any(not s.endswith("?") for s in _sentences(text)):
            return "a statement at L0, where only questions are allowed"
        if level == Level.L1 and leak.identifiers:
            return f"names from the reference solution at L1 ({', '.join(leak.identifiers)})"
        return None
    if level == Level.L3:
        if not HOLE.search(text):
            return "an L3 outline with no blanks (____) for the learner to fill"
        if leak.token_share > L3_TOKEN_LIMIT:
            return f"an L3 outline holding {leak.token_share:.0%} of the reference solution"
    if level == Level.L4:
        if not HOLE.search(text):
            return "an L4 answer that leaves nothing for the learner to do"
        if leak.token_share > 1 - l4_share:
            return (f"an L4 answer holding {leak.token_share:.0%} of the reference solution "
                    f"(at most {1 - l4_share:.0%})")
    if level == Level.L5 and not explicit:
        return "a full solution the learner did not explicitly ask for"
    return None


def sanitised(text: str, level: Level, solution: Mapping[str, str],
              public: Mapping[str, str], **rules) -> str | None:
    """The answer with what broke the level's rules cut out, or None when nothing useful and
    compliant is left."""
    if level in NO_CODE_LEVELS:
        prose = re.sub(r"```.*?(```|\Z)", " ", text, flags=re.DOTALL)
        prose = "\n".join(line for line in prose.splitlines() if _prose(line))
        kept = [s for s in _sentences(prose) if len(s.split()) >= 3
                and not s.endswith(":")  # it announced the code that was cut
                and judge(s if level != Level.L0 or s.endswith("?") else s + "?", level,
                         solution, public, **rules) is None
                and (level != Level.L0 or s.endswith("?"))]
        candidate = " ".join(kept)
    else:
        secrets = secret_lines(solution, public)
        lines = []
        for line in text.splitlines():
            flat = _normal(line)
            copied = flat and any(s in flat for s in secrets)
            indent = line[:len(line) - len(line.lstrip())]
            lines.append(f"{indent}____" if copied else line)
        candidate = "\n".join(lines)
    if len(candidate.strip()) < max(20, len(text.strip()) // 4):
        return None  # too little is left to help
    return candidate if judge(candidate, level, solution, public, **rules) is None else None
