"""Risk detection: one entry point over the Python checks (AST and ruff) and tree-sitter checks.

Detectors load lazily, so importing this package costs nothing until a file is checked.
"""

from __future__ import annotations

import asyncio
import functools

from temper.core.risks import Detection, Rule

MAX_BYTES = 1_000_000


@functools.cache
def rules() -> dict[str, Rule]:
    """Every rule any detector can emit, by code (built once: hovers and analyses ask often)."""
    from temper.risks import python, treesitter

    return {**python.RULES, **getattr(python, "RUFF_RULES", {}), **treesitter.RULES}


def quick(language: str, source: str, path: str) -> list[Detection]:
    """The in-process checks (AST or tree-sitter): cheap enough to run as the learner types."""
    if len(source) > MAX_BYTES:
        return []
    if language == "python":
        from temper.risks import python

        return python.detect(source, path)
    from temper.risks import treesitter

    return treesitter.detect(language, source, path) if language in treesitter.LANGUAGES else []


async def thorough(language: str, source: str, path: str) -> list[Detection]:
    """Everything: the quick checks off the event loop, plus ruff for Python."""
    found = await asyncio.to_thread(quick, language, source, path)
    if language == "python" and len(source) <= MAX_BYTES:
        from temper.risks import python

        found += await python.ruff(source, path)
    return sorted(found, key=lambda d: (d.line, d.column, d.code))


def outside_starter(detections: list[Detection], source: str, starter: str | None
              ) -> list[Detection]:
    """Drop detections on lines the learner has not changed from the exercise's starter."""
    if not starter:
        return detections
    given = {line.strip() for line in starter.splitlines() if line.strip()}
    lines = source.splitlines()
    return [d for d in detections
            if not (0 < d.line <= len(lines) and lines[d.line - 1].strip() in given)]
