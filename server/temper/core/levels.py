"""The six rungs of the hint ladder and what each one permits."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum


class Level(IntEnum):
    L0 = 0
    L1 = 1
    L2 = 2
    L3 = 3
    L4 = 4
    L5 = 5

    @property
    def info(self) -> LevelInfo:
        return LEVELS[self]

    @property
    def label(self) -> str:
        return f"L{int(self)} ({self.info.name})"


@dataclass(frozen=True)
class LevelInfo:
    name: str
    permits: str
    code_allowed: str  # "none", "skeleton", "partial" or "full"


LEVELS: dict[Level, LevelInfo] = {
    Level.L0: LevelInfo("clarifying question", "a question that makes you think; no answer", "none"),
    Level.L1: LevelInfo("category hint", "the kind of problem, without location", "none"),
    Level.L2: LevelInfo("location and concept", "where to look and which concept applies", "none"),
    Level.L3: LevelInfo("outline with holes", "a skeleton whose blanks you fill", "skeleton"),
    Level.L4: LevelInfo("partial solution", "part of a solution, on request and earned", "partial"),
    Level.L5: LevelInfo("full solution", "the whole solution, on explicit request only", "full"),
}

#: The highest level the coach offers without being asked explicitly.
AUTOMATIC_MAX = Level.L3
#: Levels whose hints must never contain solution code.
NO_CODE_LEVELS = frozenset({Level.L0, Level.L1, Level.L2})


def parse_level(value: object) -> Level:
    """Accept 2, "2", "L2" or "l2"; raise ValueError with a clear message otherwise."""
    text = str(value).strip().upper().removeprefix("L")
    if not text.isdigit() or not 0 <= int(text) <= 5:
        raise ValueError(f"level must be L0 to L5, got {value!r}")
    return Level(int(text))
