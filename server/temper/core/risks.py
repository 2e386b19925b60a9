"""Risk detections: what a detector found in the learner's code, and how it is explained.

A `Rule` says once what a code means — its category, severity, concept, and two explanations:
`why` (the concept and why it matters, never the fixed code; shown at L0-L2) and `fix` (the shape
of a fix, shown from L3 up). Detectors produce `Detection`s that point at a rule by its code.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from temper.core.levels import Level


class Category(StrEnum):
    SECURITY = "security"
    CORRECTNESS = "correctness"
    LEARNING = "learning"


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True)
class Rule:
    code: str  # stable, e.g. "py-mutable-default", "ruff-S307", "js-eval"
    category: Category
    severity: Severity
    concept: str  # the skill it belongs to, from specs/concepts.yaml where one fits
    message: str  # one short line for the diagnostic
    why: str  # the concept and why it matters: no code that fixes it
    fix: str  # how a fix is shaped; may show a small pattern (L3 and up only)


@dataclass(frozen=True)
class Detection:
    code: str
    line: int  # 1-based
    column: int  # 1-based
    end_line: int
    end_column: int
    message: str  # usually the rule's message, sometimes with a detail


def explanation(rule: Rule, level: Level) -> str:
    """The hover text for a detection, worded for the learner's allowed level."""
    text = f"**{rule.message}** ({rule.category.value}, {rule.concept})\n\n{rule.why}"
    if level >= Level.L3:
        text += f"\n\n**How a fix looks:** {rule.fix}"
    return text
