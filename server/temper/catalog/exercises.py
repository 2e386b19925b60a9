"""Exercise specs: the pydantic model, loading the catalog, and starting an exercise in a folder.

An exercise lives in `specs/<language>/<track>/<slug>/` as `exercise.yaml` plus the folders
`starter/`, `tests/` and `solution/`. The reference solution is loaded for checking only and is
excluded from every serialisation, so it cannot reach a client.
"""

from __future__ import annotations

import difflib
import json
import time
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from temper.catalog.yaml_lines import first_alias_line
from temper.core.languages import LANGUAGES
from temper.core.results import fits

MARKER_DIR = ".temper"
MARKER_FILE = "exercise.json"
ID_PATTERN = r"^[a-z]+/[a-z0-9-]+/[a-z0-9][a-z0-9-]*$"
MAX_FILE_BYTES = 256_000


class ExerciseError(Exception):
    """A spec or an exercise folder that cannot be used; the message says where and why."""


def safe_relpath(value: str) -> str:
    """Return `value` as a clean relative POSIX path, refusing absolute paths and traversal."""
    text = value.replace("\\", "/")
    path = PurePosixPath(text)
    if not text or path.is_absolute() or (len(text) > 1 and text[1] == ":"):
        raise ValueError(f"path must be relative: {value!r}")
    if any(part == ".." for part in path.parts):
        raise ValueError(f"path must stay inside the exercise: {value!r}")
    return str(path)


def write_inside(root: Path, relpath: str, content: str) -> Path:
    """Write a file below `root`, refusing anything that would land outside it."""
    target = (root / safe_relpath(relpath)).resolve()
    if not target.is_relative_to(root.resolve()):
        raise ExerciseError(f"{relpath}: would be written outside {root}")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(content, encoding="utf-8")
    return target


TRACKS = {"basics": "beginner", "intermediate": "intermediate", "advanced": "advanced"}
RelativeFiles = dict[str, str]


class AuthoredHint(BaseModel):
    """A hint with the failure it is written for."""
    model_config = ConfigDict(extra="forbid")
    text: str = Field(description="The hint, following the rules of its level.")
    tests: list[str] = Field(default_factory=list, description=(
        "The tests whose failure this hint addresses; it is served only while one of them "
        "fails. Empty: the ladder's `tests`."))


Hint = str | AuthoredHint


class Hints(BaseModel):
    """The authored hint ladder, one list of hints per level, and the failures it is for."""
    model_config = ConfigDict(extra="forbid")
    tests: list[str] = Field(default_factory=list, description=(
        "The tests whose failure these hints address (usually those the starter fails). A hint "
        "is served only while one of its tests fails, so a learner whose mistake is another one "
        "gets a hint built from their own run instead. Empty: every failure."))
    L0: list[Hint] = Field(default_factory=list, description=(
        "Clarifying questions that make the learner think; each ends with a question mark. "
        "At least two."))
    L1: list[Hint] = Field(default_factory=list, description=(
        "A direction: the kind of problem or the idea to use, without code and without names "
        "from the solution. At least two."))
    L2: list[Hint] = Field(default_factory=list, description=(
        "Where to look and which concept applies; may name the learner's function, but has no "
        "code blocks or code statements. At least two."))
    L3: list[Hint] = Field(default_factory=list, description=(
        "A skeleton with holes (`____`) in an indented block; never the complete solution "
        "(similarity to it stays below the stated limit). At least one."))

    def _entries(self, level: int) -> list[Hint]:
        return list(getattr(self, f"L{level}", []) if 0 <= level <= 3 else [])

    def at(self, level: int) -> list[str]:
        """Every hint text of a level, whatever failure it is for."""
        return [h if isinstance(h, str) else h.text for h in self._entries(level)]

    def tests_for(self, level: int, index: int) -> list[str]:
        entry = self._entries(level)[index]
        return (entry.tests if isinstance(entry, AuthoredHint) and entry.tests else self.tests)

    def texts(self) -> dict[str, list[str]]:
        return {f"L{level}": self.at(level) for level in range(4)}

    def fitting(self, level: int, failing: Collection[str] | None) -> list[tuple[int, str]]:
        """(index, text) of the hints of a level that fit the failing tests; `None` when no run
        is known, so every hint fits."""
        found = []
        for index, text in enumerate(self.at(level)):
            tests = self.tests_for(level, index)
            if failing is None or not tests or any(fits(name, tests) for name in failing):
                found.append((index, text))
        return found


class Check(BaseModel):
    """How the exercise's tests are run: always by its language's runner (pytest, node --test,
    go test, cargo test, the C harness), whose structured output places failures on lines."""
    model_config = ConfigDict(extra="forbid")
    timeout: float = Field(10.0, gt=0, le=300, description=(
        "Seconds a test run may take before it is stopped."))


class Criterion(BaseModel):
    """One thing a reviewer looks at beyond the tests passing."""
    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$", description="A short, unique name.")
    description: str = Field(min_length=1, description="What good work looks like here.")
    weight: float = Field(1.0, gt=0, le=1, description="How much it counts, from 0 to 1.")


class Rubric(BaseModel):
    """Optional review criteria; the tests alone decide whether an exercise is complete."""
    model_config = ConfigDict(extra="forbid")
    criteria: list[Criterion] = Field(min_length=1, description="The criteria, in order.")


class Exercise(BaseModel):
    """An exercise spec: `exercise.yaml` beside the folders `starter/`, `tests/` and
    `solution/`."""
    model_config = ConfigDict(extra="forbid", title="Temper exercise")
    id: str = Field(pattern=ID_PATTERN, description=(
        "`<language>/<track>/<slug>`, the same as the folder path below the catalog; track is "
        "basics, intermediate or advanced."))
    title: str = Field(min_length=1, description="A short name shown in lists.")
    language: Literal[LANGUAGES] = Field(description="The programming language practised.")
    difficulty: Literal["beginner", "intermediate", "advanced"] = Field(description=(
        "beginner (track basics), intermediate or advanced, matching the track in the id."))
    concepts: list[str] = Field(min_length=1, description=(
        "The skills it trains, each a key of `specs/concepts.yaml`; they drive the learner's "
        "skill estimates and recommendations."))
    prerequisites: list[str] = Field(default_factory=list, description=(
        "Ids of exercises (same language) to finish first; they may not form a cycle."))
    description: str = Field(min_length=1, description=(
        "Markdown for the learner: the objective, the instructions and examples."))
    check: Check = Field(default_factory=Check, description="How the tests are run.")
    hints: Hints = Field(description="Authored hints for the levels L0 to L3.")
    rubric: Rubric | None = Field(None, description="Optional review criteria.")
    starter: RelativeFiles = Field(default_factory=dict, description=(
        "The files the learner starts from, by relative path; read from `starter/` when left "
        "out. Absolute paths and `..` are refused."))
    tests: RelativeFiles = Field(default_factory=dict, description=(
        "The test files, by relative path; read from `tests/` when left out."))
    solution: RelativeFiles = Field(default_factory=dict, exclude=True, repr=False, description=(
        "The reference solution: files with the names of the starter files they replace; read "
        "from `solution/` when left out. Never sent to a client."))

    @field_validator("starter", "tests", "solution")
    @classmethod
    def _relative_paths(cls, files: dict[str, str]) -> dict[str, str]:
        return {safe_relpath(k): v for k, v in files.items()}

    def public(self) -> dict:
        """What a client may see: everything but the reference solution."""
        return self.model_dump(mode="json")

    def summary(self) -> dict:
        return {"id": self.id, "title": self.title, "language": self.language,
                "difficulty": self.difficulty, "concepts": self.concepts}


def read_tree(folder: Path) -> dict[str, str]:
    files: dict[str, str] = {}
    if not folder.is_dir():
        return files
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        if "__pycache__" in path.parts or path.stat().st_size > MAX_FILE_BYTES:
            continue
        files[path.relative_to(folder).as_posix()] = path.read_text(encoding="utf-8")
    return files


def load_exercise(folder: Path) -> Exercise:
    """Load one exercise folder; raise ExerciseError with `file:line: message` on any problem."""
    spec = folder / "exercise.yaml"
    try:
        text = spec.read_text(encoding="utf-8")
        alias = first_alias_line(text)
        if alias:
            raise ExerciseError(f"{spec}:{alias}: YAML aliases (*name) are not allowed in "
                                "exercise specs; write the value out")
        raw = yaml.safe_load(text)
    except OSError as exc:
        raise ExerciseError(f"{spec}: cannot read: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise ExerciseError(f"{spec}:1: not UTF-8 text") from None
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else 1
        raise ExerciseError(f"{spec}:{line}: invalid YAML: {exc.problem}") from None
    if not isinstance(raw, dict):
        raise ExerciseError(f"{spec}:1: expected a mapping of fields")
    try:
        for part in ("starter", "tests", "solution"):
            raw.setdefault(part, read_tree(folder / part))
    except (OSError, UnicodeDecodeError) as exc:
        raise ExerciseError(f"{spec}:1: a file of the exercise cannot be read as UTF-8 "
                            f"text: {exc}") from None
    try:
        return Exercise.model_validate(raw)
    except ValidationError as exc:
        from temper.catalog.yaml_lines import YamlMap

        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        line = YamlMap(text).line(first["loc"])
        message = first["msg"].removeprefix("Value error, ")
        raise ExerciseError(f"{spec}:{line}: {where}: {message}") from None


def default_catalog_root() -> Path:
    """The catalog shipped in the installed package, else the repository's `specs/`."""
    package = Path(__file__).resolve().parents[1]
    packaged = package / "specs"
    return packaged if packaged.is_dir() else package.parents[1] / "specs"


@dataclass
class Catalog:
    root: Path
    exercises: dict[str, Exercise] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    @classmethod
    def load(cls, root: Path | None = None) -> Catalog:
        """Load every exercise below `root`; broken specs are reported, never fatal."""
        catalog = cls(root or default_catalog_root())
        for spec in sorted(catalog.root.rglob("exercise.yaml")):
            try:
                exercise = load_exercise(spec.parent)
            except ExerciseError as exc:
                catalog.errors.append(str(exc))
                continue
            if exercise.id in catalog.exercises:
                catalog.errors.append(f"{spec}:1: duplicate id {exercise.id}")
                continue
            catalog.exercises[exercise.id] = exercise
        return catalog

    def get(self, exercise_id: str) -> Exercise:
        try:
            return self.exercises[exercise_id]
        except KeyError:
            raise ExerciseError(f"no exercise {exercise_id!r} ({self._suggest(exercise_id)})") from None

    def _suggest(self, wrong: str) -> str:
        """The ids closest to a mistyped one (by whole id, then by slug), or where to look."""
        ids = sorted(self.exercises)
        slug = wrong.rsplit("/", 1)[-1]
        by_slug = {i.rsplit("/", 1)[-1]: i for i in ids if i.startswith(wrong.split("/", 1)[0])}
        close = difflib.get_close_matches(wrong, ids, n=3, cutoff=0.75) or \
            [by_slug[s] for s in difflib.get_close_matches(slug, list(by_slug), n=3, cutoff=0.6)]
        if close:
            return "did you mean " + " or ".join(close) + "?"
        return "`temper exercise list` shows them all"


@dataclass(frozen=True)
class Marker:
    exercise_id: str
    root: Path
    started_at: float


def find_marker(path: Path) -> Marker | None:
    """The exercise marker in `path` or the nearest folder above it, or None."""
    path = path.resolve()
    for folder in (path, *path.parents):
        marker = folder / MARKER_DIR / MARKER_FILE
        if marker.is_file():
            try:
                data = json.loads(marker.read_text(encoding="utf-8"))
                return Marker(str(data["exercise_id"]), folder, float(data.get("started_at", 0)))
            except (OSError, ValueError, KeyError, TypeError):
                return None
    return None


def start(exercise: Exercise, folder: Path, force: bool = False) -> Marker:
    """Write the starter files, the tests, a README and the `.temper/` marker into `folder`."""
    folder = folder.resolve()
    if folder.exists() and not folder.is_dir():
        raise ExerciseError(f"{folder} is a file, not a folder")
    clashes = [p for p in (*exercise.starter, *exercise.tests) if (folder / p).exists()]
    if clashes and not force:
        raise ExerciseError(f"{folder} already has {', '.join(clashes)}; use --force to "
                            "overwrite, or `temper exercise reset` to restore the starter")
    for relpath, content in {**exercise.starter, **exercise.tests}.items():
        write_inside(folder, relpath, content)
    if not (folder / "README.md").exists():
        write_inside(folder, "README.md", f"# {exercise.title}\n\n{exercise.description}")
    return write_marker(folder, exercise.id)


def write_marker(folder: Path, exercise_id: str) -> Marker:
    now = time.time()
    data = {"exercise_id": exercise_id, "started_at": now, "format": 1}
    write_inside(folder, f"{MARKER_DIR}/{MARKER_FILE}", json.dumps(data, indent=2) + "\n")
    return Marker(exercise_id, folder.resolve(), now)


def reset(exercise: Exercise, folder: Path) -> Marker:
    """Restore the starter files and the tests; the learner's other files are left alone."""
    for relpath, content in {**exercise.starter, **exercise.tests}.items():
        write_inside(folder, relpath, content)
    return write_marker(folder, exercise.id)
