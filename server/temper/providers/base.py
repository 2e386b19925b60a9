"""The provider interface: given what the learner is doing and the level, write one hint."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from temper.core.contract import Intent
from temper.core.levels import Level
from temper.core.results import RunResult
from temper.core.tone import Tone

if TYPE_CHECKING:
    from temper.exercises import Exercise


@dataclass(frozen=True)
class HintRequest:
    level: Level
    intent: Intent
    exercise: Exercise | None
    path: str  # the learner's file, relative to the workspace
    line: int  # 1-based line the learner asked about
    code: str  # the learner's file text
    run: RunResult | None = None
    served: frozenset[str] = field(default_factory=frozenset)  # keys of hints already given
    tone: Tone = Tone.NEUTRAL  # shapes the wording, never the level
    memory: tuple[str, ...] = ()  # sentences recalling similar past mistakes


@dataclass(frozen=True)
class HintText:
    text: str
    key: str  # identifies the hint so it is not served twice
    provider: str


class Provider(Protocol):
    name: str

    async def hint(self, request: HintRequest) -> HintText:
        """Write one hint at exactly `request.level`."""
        ...
