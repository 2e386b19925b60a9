"""Running an exercise's tests outside the server process and reading their results."""

from temper.runner.run import execute, run_tests

__all__ = ["execute", "run_tests"]
