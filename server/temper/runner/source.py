"""Reading the exercise's own files to place results: relative paths, test bodies, definitions."""

from __future__ import annotations

import re
from pathlib import Path

from temper.core.results import Location
from temper.runner.job import Place

CALLED_NAME = re.compile(r"\b([A-Za-z_]\w*)\s*\(")
NOT_CALLS = {"if", "for", "while", "switch", "return", "sizeof", "assert", "assert_eq",
             "assert_ne", "expect", "test", "it", "describe", "CHECK", "CHECK_EQ_INT",
             "CHECK_EQ_STR", "CHECK_EQ_DBL", "strictEqual", "deepStrictEqual", "equal", "Errorf",
             "Fatalf", "Run", "TEST", "RUN", "String", "Some", "Ok", "Err", "vec", "format", "len", "new"}
DEFINITION = {
    "python": r"^\s*(async\s+)?def\s+{name}\s*\(",
    "javascript": r"^\s*(export\s+)?(async\s+)?(function\s*\*?\s*{name}\s*\(|(const|let|var)\s+{name}\s*=)",
    "go": r"^func\s+(\([^)]*\)\s*)?{name}\s*[(\[]",
    "rust": r"^\s*(pub(\([^)]*\))?\s+)?(const\s+)?(async\s+)?(unsafe\s+)?fn\s+{name}\s*[<(]",
    "c": r"^[A-Za-z_][\w\s\*]*\b{name}\s*\([^;{{)]*\)\s*(\{{.*)?$",
    # a method (modifiers, type parameters, a return type) or constructor, or a class, record,
    # enum or interface of that name; not a call (no `;` or `=`, nor `return`, `new`...)
    "java": r"^\s*(?!(return|new|throw|else|case|yield)\b)"
            r"((((public|protected|private|static|final|abstract|synchronized|native|default|"
            r"strictfp)\s+)*(<[^;=()]*>\s+)?[\w.$]+(<[^;=()]*>)?(\s*\[\])*\s+{name}\s*\([^;=]*$)"
            r"|(((public|protected|private)\s+){name}\s*\([^;=]*$)"
            r"|({name}\s*\([^;=]*\)\s*(throws\s[\w.,\s]+)?\{{.*$)"
            r"|(((public|protected|private|static|final|abstract|sealed|non-sealed)\s+)*"
            r"(class|record|enum|interface)\s+{name}\b))",
}
DEFINITION["typescript"] = DEFINITION["javascript"]


def relative(path: str, place: Place) -> str | None:
    """`path` (as the run saw it) relative to the work dir, or None when outside it."""
    if path.startswith("file://"):
        path = path[len("file://"):]
    candidate = Path(path)
    for root in (place.run_dir, place.workdir):
        if not candidate.is_absolute():
            candidate = root / candidate
        for base in (root, root.resolve()):
            try:
                return candidate.relative_to(base).as_posix()
            except ValueError:
                pass
            try:
                return candidate.resolve().relative_to(base).as_posix()
            except (ValueError, OSError):
                pass
    return None


def read_lines(place: Place, relpath: str) -> list[str]:
    try:
        return (place.workdir / relpath).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return []


def braced_block(lines: list[str], line: int, limit: int = 60) -> str | None:
    """The text of the block that starts on `line` (1-based), up to its closing brace."""
    if not 1 <= line <= len(lines):
        return None
    depth, opened, taken = 0, False, []
    for text in lines[line - 1: line - 1 + limit]:
        taken.append(text)
        depth += text.count("{") - text.count("}")
        opened = opened or "{" in text
        if opened and depth <= 0:
            break
    return "\n".join(taken)


def find_line(lines: list[str], pattern: str) -> int | None:
    regex = re.compile(pattern)
    return next((n for n, text in enumerate(lines, 1) if regex.search(text)), None)


def definition_of_called(language: str, place: Place, at: Location | None,
                         learner_files: list[str]) -> Location | None:
    """Where a function called on the failing test line is defined in the learner's files.

    A wrong return value leaves no trace in the learner's code; this points the diagnostic at
    the function under test instead.
    """
    if at is None or language not in DEFINITION:
        return None
    lines = read_lines(place, at.path)
    if not 1 <= at.line <= len(lines):
        return None
    for name in CALLED_NAME.findall(lines[at.line - 1]):
        if name in NOT_CALLS:
            continue
        pattern = re.compile(DEFINITION[language].format(name=re.escape(name)))
        for relpath in learner_files:
            for number, text in enumerate(read_lines(place, relpath), 1):
                if pattern.match(text):
                    return Location(relpath, number)
    return None
