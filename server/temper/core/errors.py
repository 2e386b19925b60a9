"""Error patterns: a learner's mistakes reduced to comparable signatures, per language.

"list index out of range" in two programs is the same blind spot; names, numbers, strings and
paths are replaced so that only the shape of the mistake remains.
"""

from __future__ import annotations

import re

_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"|`[^`]*`")
_NUMBER = re.compile(r"\b\d+(\.\d+)?\b")
_PATH = re.compile(r"(?:[\w.-]*/)+[\w.-]+(?::\d+){0,2}")
_SPACES = re.compile(r"\s+")
_RUST_CODE = re.compile(r"error\[(E\d{4})\]")
_JS_ERROR = re.compile(r"\b(\w*Error)\b:?\s*(.*)")


def _shape(text: str) -> str:
    text = _PATH.sub("<path>", text)
    text = _QUOTED.sub("<name>", text)
    text = _NUMBER.sub("<n>", text)
    return _SPACES.sub(" ", text).strip().lower()[:120]


def _first_line(text: str) -> str:
    return next((line for line in text.splitlines() if line.strip()), "")


def pattern(language: str, error_type: str | None, message: str | None) -> str | None:
    """The normalised signature of one failure, or None when there is nothing to go on."""
    message = message or ""
    if language == "python":
        if not error_type:
            return None
        detail = _first_line(message).removeprefix(f"{error_type}:").strip()
        if error_type == "AssertionError":
            return "AssertionError"  # a wrong result; its values say nothing general
        return f"{error_type}: {_shape(detail)}" if detail else error_type
    if language in ("javascript", "typescript"):
        found = _JS_ERROR.search(_first_line(message))
        if found:
            return f"{found.group(1)}: {_shape(found.group(2))}".rstrip(": ")
        return error_type
    if language == "rust":
        found = _RUST_CODE.search(message)
        if found:
            return f"rustc {found.group(1)}"
        if "panicked at" in message:
            return "panic: " + _shape(message.split("panicked at", 1)[1].split("\n", 1)[-1])
    if language == "java":
        if error_type in ("AssertionFailedError", "AssertionError", "MultipleFailuresError"):
            return "AssertionFailedError"  # a wrong result, like Python's AssertionError
        if error_type in ("SystemExit", "Timeout", "MemoryLimit", "ReportUnreadable"):
            return error_type
        line = _first_line(message)
        if error_type == "CompileError":
            line = re.sub(r"^.*?\.java:\d+(:\d+)?:\s*(error:\s*)?", "", line)  # "A.java:3: "
            line = re.sub(r"\s*\((symbol|location|required|found|reason):.*$", "", line)
            return f"javac: {_shape(line)}" if line else error_type
        if error_type:
            detail = line.removeprefix(f"{error_type}:").strip()
            return f"{error_type}: {_shape(detail)}" if detail else error_type
    if language in ("go", "c"):
        line = _first_line(message)
        line = re.sub(r"^.*?:\d+(:\d+)?:\s*", "", line)  # drop "file.go:3:5: "
        line = re.sub(r"^(error|warning):\s*", "", line)
        line = re.sub(r"\b(undefined|undeclared|declared and not used):\s*\w+", r"\1: <name>", line)
        return _shape(line) or error_type
    return error_type or (_shape(_first_line(message)) or None)
