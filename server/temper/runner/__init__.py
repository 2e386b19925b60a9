"""Running an exercise's tests outside the server process and reading their results."""

from temper.runner.run import run_tests

__all__ = ["run_tests"]
