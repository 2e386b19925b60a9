"""Rule-based feedback from a run result, one sentence per level, with no solution in it."""

from __future__ import annotations

from collections.abc import Sequence

from temper.core.levels import Level
from temper.core.results import RunResult, TestResult

CATEGORY = {
    "AssertionError": "Your code runs, but it gives a different result than the test expects: "
                      "a logic problem, not a crash.",
    "TypeError": "A value has a different type than the operation expects, for example text "
                 "where a number should be, or None where a value should be.",
    "IndexError": "The code reaches past the end of a sequence: check where counting starts "
                  "and where it stops.",
    "KeyError": "A dictionary is asked for a key it does not have yet.",
    "NameError": "A name is used before Python knows it: a typo, or a variable defined "
                 "somewhere else.",
    "AttributeError": "A value does not have the method or attribute the code asks for; check "
                      "what type it really is.",
    "ZeroDivisionError": "A division by zero: think about the case where the divisor is 0, "
                         "for example an empty collection.",
    "RecursionError": "A function keeps calling itself: its base case is never reached.",
    "ValueError": "A value has the right type but a wrong content for the operation.",
    "SyntaxError": "Python cannot read the code: a bracket, quote, colon or indentation is off.",
    "IndentationError": "The indentation does not line up: blocks must be indented "
                        "consistently.",
    "ImportError": "An import cannot be resolved: check file names and what each file defines.",
    "ModuleNotFoundError": "An import names a module that does not exist here: check the "
                           "file name.",
}
TIMEOUT = "The run never finished: a loop whose condition never becomes false, or one that " \
          "never moves towards its end."


def _failure(run: RunResult | None) -> TestResult | None:
    return run.first_failure if run else None


def _place(run: RunResult | None, path: str, line: int) -> tuple[str, int]:
    failure = _failure(run)
    if run and run.error_location:
        return run.error_location.path, run.error_location.line
    if failure and failure.learner_location:
        return failure.learner_location.path, failure.learner_location.line
    return path, line


def rule_hint(level: Level, run: RunResult | None, path: str, line: int,
              concepts: Sequence[str] = ()) -> str:
    """A hint at `level` built only from the run result, the place and the concepts."""
    failure = _failure(run)
    error = (run.error_type if run and run.error_type else None) or \
        (failure.error_type if failure else None)
    where_path, where_line = _place(run, path, line)
    concept = f" The concept at play: {', '.join(concepts[:2])}." if concepts else ""
    if level == Level.L0:
        if run and run.timed_out:
            return "What makes your loop stop, and does every pass bring it closer to stopping?"
        if error in ("SyntaxError", "IndentationError"):
            return f"What does Python expect to see around line {where_line} of {where_path}?"
        if failure and error == "AssertionError":
            return (f"What does the test `{failure.name}` expect, and what does your code give "
                    "back for that input?")
        if error:
            return (f"Which value is involved when the {error} happens, and what did you "
                    "expect it to be at that moment?")
        return "What is the smallest input where your code could go wrong, and what should it give?"
    if level == Level.L1:
        if run and run.timed_out:
            return TIMEOUT
        return CATEGORY.get(error or "", "Compare what the tests ask for with what the code does, "
                            "one case at a time, starting with the simplest.") + concept
    test = f", where the test `{failure.name}` fails" if failure else ""
    text = f"Look at line {where_line} of {where_path}{test}.{concept}"
    if level >= Level.L3 and failure:
        text += (" Write down, for the failing test's input, the value of each variable after "
                 "every line, and find the first line where it differs from what you expect.")
    return text
