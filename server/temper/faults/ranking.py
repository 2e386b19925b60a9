"""Combine the signals into one ranking: the spectrum (Ochiai over per-test coverage), the
failing tests' facts (the learner line that returned the wrong value, the innermost frame) and
the lines that differ from a reference solution; a confirmed repair pins its line first."""

from __future__ import annotations

import re

from temper.core.localization import Localization, Repair, SuspectLine
from temper.core.results import RunResult

REFERENCE_WEIGHT = 0.3
RETURNED_WEIGHT = 0.02  # tie-breakers: where a wrong value left is rarely where it was made
FRAME_WEIGHT = 0.01
SHOWN = 5
MAX_VALUES = 6
NAME = re.compile(r"[A-Za-z_]\w*")
HANDS_ON = re.compile(r"return\s+[A-Za-z_]\w*;?$")


def fact_boosts(result: RunResult, learner: set[str], lines: dict[str, list[str]] | None = None
                ) -> dict[tuple[str, int], float]:
    """Lines the failing tests' facts point at: where a wrong value was returned (unless the
    line only hands a variable on: `return total`), where an exception was raised."""
    boosts: dict[tuple[str, int], float] = {}
    failing = [t for t in result.tests if t.status.value != "pass"]
    for test in failing:
        returned = test.facts.returned_at if test.facts else None
        if returned is not None and lines is not None and \
                HANDS_ON.match(code_at(lines, returned.path, returned.line)):
            returned = None
        for where, weight in ((returned, RETURNED_WEIGHT), (test.learner_location, FRAME_WEIGHT)):
            if where is not None and where.path in learner:
                key = (where.path, where.line)
                boosts[key] = boosts.get(key, 0.0) + weight / len(failing)
    return boosts


def rank(spectrum: dict[tuple[str, int], float], boosts: dict[tuple[str, int], float],
         reference: dict[tuple[str, int], float], lines: dict[str, list[str]]
         ) -> tuple[list[SuspectLine], str]:
    """Suspect lines, most suspicious first, and the method that decided the top one."""
    keys = set(spectrum) | set(boosts) | (set(reference) if not spectrum else
                                          set(reference) & set(spectrum))
    scored = {k: spectrum.get(k, 0.0) + boosts.get(k, 0.0) + REFERENCE_WEIGHT * reference.get(k, 0.0)
              for k in keys}
    ordered = sorted(scored, key=lambda k: (-scored[k], -spectrum.get(k, 0.0), k[0], k[1]))
    suspects = [SuspectLine(path, line, scored[(path, line)], code_at(lines, path, line))
                for path, line in ordered]
    suspects = [s for s in suspects if s.code]
    if not suspects:
        return [], "none"
    top = (suspects[0].path, suspects[0].line)
    if spectrum:
        best = max(spectrum.values())
        method = "spectrum" if spectrum.get(top, 0.0) >= best or not reference.get(top) \
            else "reference"
    else:
        method = "reference" if reference.get(top) else "none"
    return suspects, method


def code_at(lines: dict[str, list[str]], path: str, line: int) -> str:
    rows = lines.get(path) or []
    return rows[line - 1].strip() if 0 < line <= len(rows) else ""


def pin_repair(suspects: list[SuspectLine], repair: Repair) -> list[SuspectLine]:
    """The repaired line first; the rest keep their order."""
    rest = [s for s in suspects if (s.path, s.line) != (repair.path, repair.line)]
    score = max([s.score for s in suspects] or [1.0]) + 1.0
    return [SuspectLine(repair.path, repair.line, score, repair.original), *rest]


def values_on(line_code: str, hits: list[dict[str, str]], returned: list[dict[str, str]]
              ) -> tuple[str, ...]:
    """`name=value` for the names written on the line, over the first few times it ran."""
    names = [n for n in dict.fromkeys(NAME.findall(line_code))]
    out: list[str] = []
    for hit in hits:
        for name in names:
            if name in hit:
                out.append(f"{name}={hit[name]}")
    for hit in returned:
        if "returned" in hit:
            out.append(f"returned {hit['returned']}")
    return tuple(dict.fromkeys(out))[:MAX_VALUES]


def finish(suspects: list[SuspectLine], method: str, repair: Repair | None,
           values: tuple[str, ...], test: str | None, seconds: float, note: str,
           reference: list[SuspectLine]) -> Localization:
    if repair is not None:
        suspects, method = pin_repair(suspects, repair), "repair"
    return Localization(tuple(suspects[:SHOWN]), repair, values, test, seconds,
                        method if suspects else "none", note, tuple(reference[:SHOWN]))
