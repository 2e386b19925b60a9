"""What makes a folder a pairing workspace, and in which language its tests run.

Three kinds, in this order: a catalog exercise (its `.temper/` marker), a learner's project with
product specs (`.specs/`), and any other folder whose tests Temper can find: a homework, a kata,
the learner's own code. The third kind needs no marker and no spec; its session is named after
the folder (`folder:<name>`) and recorded in the profile under the folder's path.
"""

from __future__ import annotations

import json
from pathlib import Path

from temper.catalog.exercises import Marker, find_marker
from temper.product.project import find_project, project_marker
from temper.product.tests_found import MARKERS, PATTERNS, SKIP_DIRS

FOLDER_PREFIX = "folder:"
MAX_ASCENT = 3  # folders above the starting one that may hold the tests
TEST_DIRS = ("tests", "test", "src/test", "__tests__", "spec")
LOOKED_FOR = ("pytest files (test_*.py, *_test.py), node tests (*.test.js, *.test.ts, or a "
              "package.json test script), Go tests (*_test.go), Rust tests (#[test] in a Cargo "
              "crate), JUnit tests (*Test.java) and C tests (test_*.c)")


def find_workspace(path: Path) -> Marker | None:
    """The workspace holding `path`: an exercise, a project with specs, or a folder with tests;
    None when none of them is found."""
    return find_marker(path) or project_marker(path) or tests_marker(path)


def tests_marker(path: Path) -> Marker | None:
    """A marker for the nearest folder at or a few levels above `path` whose tests Temper can
    find; never above the home folder or past a repository's root."""
    for folder in _candidates(path.resolve()):
        if tests_language(folder):
            return Marker(FOLDER_PREFIX + (folder.name or "root"), folder, 0.0)
    return None


def _candidates(path: Path) -> list[Path]:
    start = path if path.is_dir() else path.parent
    home = Path.home().resolve()
    found = []
    for depth, folder in enumerate((start, *start.parents)):
        if depth > MAX_ASCENT or folder == home or folder.parent == folder:
            break
        found.append(folder)
        if (folder / ".git").exists():
            break
    return found


def tests_language(folder: Path) -> str | None:
    """The language of the tests found in `folder` itself or its test folders, or in the
    crate, module or package its build file describes; None when it holds no tests."""
    if not folder.is_dir():
        return None
    declared = next((language for name, language in MARKERS if (folder / name).is_file()),
                    None)
    if declared == "javascript" and _package_test_script(folder):
        return "typescript" if (folder / "tsconfig.json").is_file() else "javascript"
    places = [folder, *(folder / d for d in TEST_DIRS if (folder / d).is_dir())]
    if declared in ("rust", "java", "go"):
        places += [folder / "src"]
    languages = [declared] if declared else []
    languages += [lang for lang in PATTERNS if lang not in languages]
    for language in languages:
        if _has_tests(language, places):
            return language
    return None


def _has_tests(language: str, places: list[Path]) -> bool:
    file_pattern, name_pattern = PATTERNS[language]
    for place in places:
        for path in _walk(place, deep=place.name in ("src", "test", "tests", "java")):
            if not file_pattern.match(path.name):
                continue
            if language != "rust":
                return True
            try:  # any .rs matches: a Rust test is a #[test] function
                if name_pattern.search(path.read_text(encoding="utf-8", errors="replace")):
                    return True
            except OSError:
                continue
    return False


def _walk(folder: Path, deep: bool, limit: int = 300) -> list[Path]:
    try:
        entries = sorted(folder.iterdir())
    except OSError:
        return []
    files = [e for e in entries if e.is_file() and not e.is_symlink()]
    if deep:
        for entry in entries:
            if len(files) >= limit:
                break
            if entry.is_dir() and not entry.is_symlink() and entry.name not in SKIP_DIRS:
                files += _walk(entry, True, limit - len(files))
    return files[:limit]


def _package_test_script(folder: Path) -> bool:
    try:
        package = json.loads((folder / "package.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    scripts = package.get("scripts") if isinstance(package, dict) else None
    script = scripts.get("test") if isinstance(scripts, dict) else None
    return isinstance(script, str) and "no test specified" not in script


def workspace_language(workspace: str, exercise_language: str | None = None) -> str:
    """The language a workspace's tests run in: the exercise's, the project's, or the one its
    tests are written in; Python when nothing says otherwise."""
    if exercise_language:
        return exercise_language
    project = find_project(Path(workspace))
    return (project.language if project else None) or tests_language(Path(workspace)) \
        or "python"


def no_workspace_message(folder: Path) -> str:
    return (f"{folder} holds no Temper exercise and no tests Temper can find (it looked for "
            f"{LOOKED_FOR}); start an exercise with `temper exercise start`, or add a test")
