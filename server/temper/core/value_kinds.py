"""What kind of wrong value a failing test shows: the framework's renderings of the actual and
the expected value, read back as values where they are literals, and compared."""

from __future__ import annotations

import ast

_UNKNOWN = object()


def literal(text: str):
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        if text in ("true", "false"):
            return text == "true"
        return _UNKNOWN


def kinds_differ(actual: str | None, expected: str | None) -> bool:
    """Both values are readable and of different kinds (an int and a float are one kind)."""
    a, e = literal(actual or ""), literal(expected or "")
    if a is _UNKNOWN or e is _UNKNOWN:
        return False
    numbers = (int, float)
    return type(a) is not type(e) and not (isinstance(a, numbers) and isinstance(e, numbers))


def value_kind(actual: str, expected: str) -> str:
    a, e = literal(actual), literal(expected)
    if actual == "None":
        return "The function gives back nothing (None) here: a path through it ends without " \
               "a return, or returns too early."
    if isinstance(a, bool) and isinstance(e, bool):
        return "The answer is the opposite of the expected one: a condition that is inverted " \
               "or checks the wrong thing."
    if type(a) is not type(e) and a is not _UNKNOWN and e is not _UNKNOWN and \
            not (isinstance(a, int | float) and isinstance(e, int | float)):
        return (f"The value is of another type than expected ({type(a).__name__} instead of "
                f"{type(e).__name__}): the right idea, given back in the wrong form.")
    if isinstance(a, int | float) and isinstance(e, int | float):
        if abs(a - e) == 1:
            return "The number is off by one: a boundary, a count that starts at the wrong " \
                   "place, or a step too many or too few."
        return "The number is not the expected one: one step of the computation (a start " \
               "value, an operation, or what is added up) differs from what the task needs."
    if isinstance(a, list | tuple | str) and isinstance(e, list | tuple | str):
        if sorted(map(repr, a)) == sorted(map(repr, e)) and a != e:
            return "The right elements, in another order than expected."
        if abs(len(a) - len(e)) == 1:
            return "One element too many or too few: a boundary of a loop or a range."
        if isinstance(a, str) and a.lower().strip() == e.lower().strip():
            return "The text differs only in capitals or spaces."
        if len(a) == 0:
            return "The result is empty: nothing was collected, or it was collected somewhere " \
                   "that is not returned."
    return "The code runs, but gives another value than the test expects: a logic problem in " \
           "how the value is computed, not a crash."
