"""The tests a project defines, found by reading its test files (nothing is run).

A product spec names tests; this is how the validator tells a typo from a test not written yet.
"""

from __future__ import annotations

import re
from pathlib import Path

SKIP_DIRS = {".git", ".specs", ".temper", "node_modules", "target", "__pycache__", ".venv",
             "venv", "build", "dist"}
MAX_FILES = 500

# language -> (test file pattern, test name pattern)
PATTERNS: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    "python": (re.compile(r"(^test_.*|.*_test)\.py$"),
               re.compile(r"^\s*(?:async\s+)?def\s+(test\w*)\s*\(", re.MULTILINE)),
    "javascript": (re.compile(r".*\.test\.[cm]?js$"),
                   re.compile(r"\b(?:test|it)\s*\(\s*([\"'`])(.+?)\1")),
    "typescript": (re.compile(r".*\.test\.[cm]?ts$"),
                   re.compile(r"\b(?:test|it)\s*\(\s*([\"'`])(.+?)\1")),
    "go": (re.compile(r".*_test\.go$"), re.compile(r"^func\s+(Test\w+)\s*\(", re.MULTILINE)),
    "rust": (re.compile(r".*\.rs$"), re.compile(r"#\[test\]\s*(?:#\[[^\]]*\]\s*)*fn\s+(\w+)")),
    "c": (re.compile(r"^test_.*\.c$"), re.compile(r"\bTEST\(\s*(\w+)\s*\)")),
    "java": (re.compile(r".*Tests?\.java$"),
             re.compile(r"@Test\s+(?:@\w+(?:\([^)]*\))?\s+)*(?:public\s+)?void\s+(\w+)\s*\(")),
}

MARKERS = (("pyproject.toml", "python"), ("setup.py", "python"), ("go.mod", "go"),
           ("Cargo.toml", "rust"), ("tsconfig.json", "typescript"),
           ("package.json", "javascript"), ("Makefile", "c"), ("pom.xml", "java"),
           ("build.gradle", "java"), ("build.gradle.kts", "java"))


def detect_language(project: Path) -> str | None:
    """The project's language from its build files, else from its test files."""
    for name, language in MARKERS:
        if (project / name).is_file():
            return language
    for language, (file_pattern, _) in PATTERNS.items():
        if language != "rust" and any(file_pattern.match(p.name) for p in _files(project)):
            return language
    return None


def defined_tests(project: Path, language: str | None) -> set[tuple[str, str]]:
    """(relative test file, test name) for every test the project's test files define."""
    language = language or detect_language(project)
    if language not in PATTERNS:
        return set()
    file_pattern, name_pattern = PATTERNS[language]
    found = set()
    for path in _files(project):
        if not file_pattern.match(path.name):
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        relpath = path.relative_to(project).as_posix()
        for match in name_pattern.finditer(text):
            found.add((relpath, match.group(match.lastindex or 1)))
    return found


def _files(project: Path) -> list[Path]:
    files: list[Path] = []
    stack = [project]
    while stack and len(files) < MAX_FILES:
        folder = stack.pop()
        try:
            entries = sorted(folder.iterdir())
        except OSError:
            continue
        for entry in entries:
            if entry.is_symlink():
                continue
            if entry.is_dir():
                if entry.name not in SKIP_DIRS:
                    stack.append(entry)
            elif entry.is_file():
                files.append(entry)
    return files
