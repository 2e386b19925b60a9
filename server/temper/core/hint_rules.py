"""The rules authored hints follow, checked before an exercise ships.

L0 to L2 have at least two hints and L3 at least one; L0 hints are questions; L0 to L2 carry no
code blocks or code statements (naming a function in backticks is fine); L3 skeletons stay below
the restraint guard's similarity limit to the reference solution; every hint is short. The same
guard that filters hints at run time (`core.guard`) runs here, so a hint that would be withheld
from a learner fails validation instead.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from temper.core.guard import CODE_FENCE, L3_SIMILARITY_LIMIT, similarity, violation
from temper.core.levels import Level

MIN_HINTS = {"L0": 2, "L1": 2, "L2": 2, "L3": 1}
WORDS_SHORT = 160  # a warning above this many words
WORDS_MAX = 200  # an error above this many
HOLE = "____"

INLINE_CODE = re.compile(r"`([^`\n]+)`")
ASSIGNMENT = re.compile(r"\b[A-Za-z_][\w.]*(?:\[[^\]]*\])?\s*(?:[-+*/%&|^]|//|\*\*)?="
                        r"(?![=>])\s*[\w\"'(\[{-][^\s,;?!]*")
DEFINITION = re.compile(r"\b(?:def|fn|func|function|class|struct|impl)\s+[A-Za-z_]\w*\s*[(<{:]")
SPAN_STATEMENT = re.compile(r"^(?:return|if|elif|else if|while|for|switch|match|let|const|var)"
                            r"\b\s*\S|;\s*$|\{.*\}|=>|^#include|^import\s|^use\s")
NAME = re.compile(r"^(?:[A-Za-z_][\w.:]*(?:\(\))?|\W{1,3}|-?\d+(?:\.\d+)?|\"[^\"]*\"|'[^']*')$")
CALL_WITH_LITERALS = re.compile(r"^[A-Za-z_][\w.]*\((?:\s*(?:-?\d+(?:\.\d+)?|\"[^\"]*\"|'[^']*'|"
                                r"\[\]|None|null|nil|true|false|True|False)\s*,?)*\)$")
IDENTIFIER = re.compile(r"[A-Za-z_]\w{2,}")


@dataclass(frozen=True)
class HintProblem:
    level: str  # "L0" … "L3"
    index: int | None  # the hint's position in its list; None for the level as a whole
    severity: str  # "error" or "warning"
    message: str


def _statement(text: str) -> str | None:
    """The first code statement in the hint: in backticks, or written into the prose."""
    for span in INLINE_CODE.findall(text):
        span = span.strip()
        if SPAN_STATEMENT.search(span) or ASSIGNMENT.search(span) or DEFINITION.search(span):
            return span
    prose = INLINE_CODE.sub(" ", text)
    found = ASSIGNMENT.search(prose) or DEFINITION.search(prose)
    return found.group(0) if found else None


def _shown(code: str, public: Mapping[str, str]) -> bool:
    """Whether the learner already sees this code in the starter, the tests or the brief."""
    flat = re.sub(r"\s+", "", code)
    return any(flat in re.sub(r"\s+", "", text) for text in public.values())


def _expressions(text: str) -> list[str]:
    """Backticked code beyond a name, an operator, a literal or a call on literals."""
    return [s for s in (span.strip() for span in INLINE_CODE.findall(text))
            if not NAME.match(s) and not CALL_WITH_LITERALS.match(s)]


def solution_names(solution: Mapping[str, str], public: Mapping[str, str]) -> set[str]:
    """Identifiers of the reference solution that the learner has not been shown."""
    shown = {name for text in public.values() for name in IDENTIFIER.findall(text)}
    return {name for text in solution.values() for name in IDENTIFIER.findall(text)} - shown


def _one(level: str, text: str, solution: Mapping[str, str], public: Mapping[str, str],
         hidden: set[str]) -> list[tuple[str, str]]:
    """(severity, message) for one hint."""
    found: list[tuple[str, str]] = []
    words = len(text.split())
    if words > WORDS_MAX:
        found.append(("error", f"has {words} words; keep hints under {WORDS_SHORT}"))
    elif words > WORDS_SHORT:
        found.append(("warning", f"has {words} words; keep hints under {WORDS_SHORT}"))
    if not text.strip():
        found.append(("error", "is empty"))
        return found
    if level == "L0" and not text.rstrip().endswith("?"):
        found.append(("error", "is not a question: L0 hints ask, and end with '?'"))
    if level in ("L0", "L1", "L2"):
        if CODE_FENCE.search(text):
            found.append(("error", "has a code block; code waits until L3"))
        statement = _statement(text)
        if statement and _shown(statement, public):
            found.append(("warning", f"quotes code the learner already has ({statement!r}); "
                                     f"at {level} prefer words"))
        elif statement:
            found.append(("error", f"has a code statement ({statement!r}); at {level} say it "
                                   "in words"))
        elif _expressions(text):
            found.append(("warning", f"has code ({_expressions(text)[0]!r}); at {level} prefer "
                                     "words"))
        if level == "L1":
            named = sorted({n for span in INLINE_CODE.findall(text)
                            for n in IDENTIFIER.findall(span) if n in hidden})
            if named:
                found.append(("warning", f"names {', '.join(named)} from the solution; L1 gives "
                                         "a direction without the solution's names"))
    if level == "L3" and solution:
        ratio = similarity(text, solution)
        if ratio > L3_SIMILARITY_LIMIT:
            found.append(("error", f"is {ratio:.0%} similar to the reference solution (limit "
                                   f"{L3_SIMILARITY_LIMIT:.0%}; difflib ratio over the text "
                                   "without whitespace); leave holes instead"))
        if HOLE not in text:
            found.append(("warning", f"has no holes ({HOLE}) for the learner to fill"))
    if not any(m.startswith(("has a code", "is ")) for _, m in found):
        problem = violation(text, Level(int(level[1])), solution, public)
        if problem:
            found.append(("error", f"would be withheld from learners: it contains {problem}"))
    return found


def check_hints(hints: Mapping[str, Sequence[str]], solution: Mapping[str, str],
                public: Mapping[str, str]) -> list[HintProblem]:
    """Every problem with an exercise's authored hints.

    `public` is what the learner sees (starter, tests, description): a hint may repeat it.
    """
    problems = []
    hidden = solution_names(solution, public)
    for level, least in MIN_HINTS.items():
        texts = list(hints.get(level) or [])
        if len(texts) < least:
            problems.append(HintProblem(level, None, "error",
                                        f"{level} has {len(texts)} hint{'s' * (len(texts) != 1)};"
                                        f" it needs at least {least}"))
        for index, text in enumerate(texts):
            for severity, message in _one(level, text, solution, public, hidden):
                problems.append(HintProblem(level, index, severity,
                                            f"{level} hint {index + 1} {message}"))
    return problems
