"""Python risk detection: learning traps on the AST, security and bug-prone rules from ruff.

    detect(source, path) -> list[Detection]        # pure, in-process, fast: run on every change
    await ruff(source, path) -> list[Detection]    # a ruff subprocess: run on save / in background
    RULES[code] -> Rule                            # every code either of them emits

Columns are 1-based characters (code points); `end_column` points just past the last character.
"""

from __future__ import annotations

from temper.core.risks import Rule
from temper.risks.python_ast import detect
from temper.risks.python_ruff import ruff, ruff_binary
from temper.risks.python_rules import AST_RULES, RUFF_RULES

RULES: dict[str, Rule] = {**AST_RULES, **RUFF_RULES}

__all__ = ["AST_RULES", "RUFF_RULES", "RULES", "detect", "ruff", "ruff_binary"]
