"""Typed command arguments. Each Temper command takes one JSON object; `parse` structures it into
the command's dataclass with cattrs (the converter pygls itself is built on), and arguments it
cannot use raise `CommandError`, which the protocol answers with -32602 and a message that names
the field (`line: expected a whole number`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypeVar

import cattrs

T = TypeVar("T")
ONE_OBJECT = "Temper commands take one JSON object as their argument."


class CommandError(ValueError):
    """Arguments a command cannot use; the message is shown to the learner."""


@dataclass(frozen=True)
class Document:
    """A command about one file: temper.runTests, temper.hintHistory."""
    uri: str


@dataclass(frozen=True)
class MaybeDocument:
    """temper.status: about a file when `uri` is given."""
    uri: str | None = None


@dataclass(frozen=True)
class Hint:
    """temper.hint."""
    uri: str
    line: int = 1
    level: int | str | None = None  # 3, "3" or "L3"
    intent: str = "hint"
    justification: str = ""


@dataclass(frozen=True)
class NextExercise:
    language: str | None = None


@dataclass(frozen=True)
class StartExercise:
    id: str
    folder: str


@dataclass(frozen=True)
class Nothing:
    """A command that takes no arguments (extra keys are ignored, as for every command)."""


def _strict_str(value: Any, _: type) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected a string, got {type(value).__name__}")
    return value


def _whole_number(value: Any, _: type) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, str)) \
            or (isinstance(value, str) and not value.strip().lstrip("-").isdigit()):
        raise ValueError(f"expected a whole number, got {value!r}")
    return int(value)


def _level(value: Any, _: type) -> int | str | None:
    if value is None or (isinstance(value, (int, str)) and not isinstance(value, bool)):
        return value
    raise ValueError(f"expected a level such as 2 or \"L2\", got {value!r}")


_converter = cattrs.Converter()
_converter.register_structure_hook(str, _strict_str)
_converter.register_structure_hook(int, _whole_number)
_converter.register_structure_hook(int | str | None, _level)


def _say(exc: BaseException, kind: type | None) -> str:
    """A hook's own words for what it refused, else cattrs'."""
    from cattrs.v import format_exception

    mine = isinstance(exc, (ValueError, TypeError)) and str(exc).startswith("expected")
    return str(exc) if mine else format_exception(exc, kind)


def _problems(exc: BaseException) -> list[str]:
    found = []
    for message in cattrs.transform_error(exc, path="$", format_exception=_say):
        what, _, where = message.rpartition(" @ ")
        field = where.removeprefix("$.").removeprefix("$")
        found.append(f"`{field}`: {what}" if field else what)
    return found


def parse(kind: type[T], args: tuple[Any, ...]) -> T:
    """The command's arguments as `kind`; CommandError naming each field that does not fit."""
    if len(args) > 1 or (args and not isinstance(args[0], dict)):
        raise CommandError(ONE_OBJECT)
    try:
        return _converter.structure(args[0] if args else {}, kind)
    except (cattrs.BaseValidationError, ValueError, TypeError, KeyError, AttributeError) as exc:
        raise CommandError("; ".join(_problems(exc))) from None
