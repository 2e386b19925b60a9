"""Running an exercise's tests outside the server process and reading their results.

`run.run_tests` is the one entry point; each language has its adapter module. The package
imports nothing itself, so loading one adapter or the sandbox does not load every language:
`execute` and `run_tests` are looked up in `run` on first use.
"""

from __future__ import annotations

from typing import Any

__all__ = ["execute", "run_tests"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from temper.runner import run

        return getattr(run, name)
    raise AttributeError(f"module 'temper.runner' has no attribute {name!r}")
