"""The languages Temper practises and the source-file suffixes of each: the one table the
catalog, product specs, runner and risk checks read."""

from __future__ import annotations

from pathlib import PurePath

SUFFIXES: dict[str, tuple[str, ...]] = {
    "python": (".py",),
    "javascript": (".js", ".cjs", ".mjs"),
    "typescript": (".ts", ".mts", ".cts", ".tsx"),
    "go": (".go",),
    "rust": (".rs",),
    "c": (".c", ".h"),
    "java": (".java",),
}
LANGUAGES: tuple[str, ...] = tuple(SUFFIXES)
_BY_SUFFIX = {suffix: language for language, suffixes in SUFFIXES.items() for suffix in suffixes}


def language_of(path: str | PurePath) -> str | None:
    """The language of a source file by its suffix, or None."""
    return _BY_SUFFIX.get(PurePath(path).suffix.lower())
