"""Validate exercise specs: the schema, ids and folders, concepts, prerequisites, the authored hints
(`core.hint_rules`) and, unless asked not to, the tests: the starter must fail at least one and the
reference solution must pass them all.

Every finding names a file and a line, so the command line prints `file:line: message` and the
language server shows a diagnostic at the field.
"""

from __future__ import annotations

import asyncio
import graphlib
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from temper.catalog.exercises import (
    TRACKS,
    Exercise,
    default_catalog_root,
    read_tree,
    write_inside,
)
from temper.catalog.yaml_lines import YamlMap, first_alias_line
from temper.core.hint_rules import check_hints
from temper.core.results import fits

SPEC_NAME = "exercise.yaml"
CONCEPTS_NAME = "concepts.yaml"
PARTS = ("starter", "tests", "solution")
MAX_SPEC_CHARS = 200_000


@dataclass(frozen=True)
class Finding:
    path: Path
    line: int
    severity: str  # "error" or "warning"
    message: str

    def text(self) -> str:
        return f"{_shown(self.path)}:{self.line}: {self.severity}: {self.message}"

    def to_json(self) -> dict[str, Any]:
        return {"path": _shown(self.path), "line": self.line, "severity": self.severity,
                "message": self.message}


def _shown(path: Path) -> str:
    """The path relative to the working folder when it is below it."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return str(path)


@dataclass(frozen=True)
class Indexed:
    """What other specs need to know about one spec: its id and prerequisites."""
    path: Path
    id: str
    language: str
    prerequisites: tuple[str, ...]


@dataclass
class Spec:
    """One spec file being validated."""
    path: Path
    text: str
    lines: YamlMap
    exercise: Exercise | None = None
    findings: list[Finding] = field(default_factory=list)

    def add(self, where: tuple, severity: str, message: str) -> None:
        self.findings.append(Finding(self.path, self.lines.line(where), severity, message))


def enclosing_catalog(path: Path) -> Path | None:
    """The nearest folder at or above `path` holding `concepts.yaml`, or None."""
    path = path.resolve()
    for folder in (path if path.is_dir() else path.parent, *path.parents):
        if (folder / CONCEPTS_NAME).is_file():
            return folder
    return None


def catalog_root(path: Path) -> Path:
    """The catalog a spec belongs to: the enclosing one, else the shipped catalog."""
    return enclosing_catalog(path) or default_catalog_root()


def spec_files(paths: Iterable[Path]) -> list[Path]:
    """The spec files named or found below the folders named."""
    found: list[Path] = []
    for path in paths:
        found += sorted(path.rglob(SPEC_NAME)) if path.is_dir() else [path]
    return list(dict.fromkeys(p.resolve() for p in found))


def load_concepts(root: Path) -> dict[str, str]:
    """The catalog's concepts and their one-sentence meanings."""
    try:
        data = yaml.safe_load((root / CONCEPTS_NAME).read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return {}
    concepts = data.get("concepts", data) if isinstance(data, dict) else {}
    return {str(k): str(v) for k, v in concepts.items()} if isinstance(concepts, dict) else {}


def _indexed(path: Path, raw: Any) -> Indexed | None:
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
        return None
    prerequisites = raw.get("prerequisites") or []
    return Indexed(path, raw["id"], str(raw.get("language", "")),
                   tuple(str(p) for p in prerequisites) if isinstance(prerequisites, list) else ())


def index_catalog(root: Path) -> dict[Path, Indexed]:
    """Id and prerequisites of every spec below `root`, read quickly and forgivingly."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    index = {}
    for path in sorted(root.rglob(SPEC_NAME)):
        try:
            raw = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)  # noqa: S506
        except (OSError, UnicodeDecodeError, yaml.YAMLError):
            continue
        entry = _indexed(path.resolve(), raw)
        if entry:
            index[entry.path] = entry
    return index


def check_static(path: Path, text: str, root: Path, concepts: dict[str, str],
                 index: dict[Path, Indexed]) -> Spec:
    """Everything that needs no test run, for one spec file whose current text is `text`.

    `index` holds the catalog's other specs; this one's entry is replaced by `text`.
    """
    if len(text) > MAX_SPEC_CHARS:
        return Spec(path.resolve(), "", YamlMap(""), findings=[Finding(
            path.resolve(), 1, "error", f"the spec is over {MAX_SPEC_CHARS:,} characters")])
    if first_alias_line(text):  # a billion laughs would expand without end in the checks
        return Spec(path.resolve(), text, YamlMap(""), findings=[Finding(
            path.resolve(), first_alias_line(text), "error",
            "YAML aliases (*name) are not allowed in exercise specs; write the value out")])
    spec = Spec(path.resolve(), text, YamlMap(text))
    try:
        raw = yaml.safe_load(text)
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else 1
        spec.findings.append(Finding(spec.path, line, "error", f"invalid YAML: {exc.problem}"))
        return spec
    except yaml.YAMLError as exc:
        spec.findings.append(Finding(spec.path, 1, "error", f"invalid YAML: {exc}"))
        return spec
    if not isinstance(raw, dict):
        spec.add((), "error", "expected a mapping of fields (id, title, language, …)")
        return spec
    folder = spec.path.parent
    try:
        for part in PARTS:
            raw.setdefault(part, read_tree(folder / part))
    except (OSError, UnicodeDecodeError) as exc:
        spec.add((), "error", f"a file of the exercise cannot be read as UTF-8 text: {exc}")
        return spec
    try:
        spec.exercise = Exercise.model_validate(raw)
    except ValidationError as exc:
        for error in exc.errors():
            where = tuple(error["loc"])
            field_name = ".".join(str(p) for p in where) or "spec"
            message = error["msg"].removeprefix("Value error, ")
            spec.add(where, "error", f"{field_name}: {message}")
        return spec
    _check_identity(spec, root)
    _check_references(spec, concepts, index)
    _check_files(spec)
    exercise = spec.exercise
    public = {**exercise.starter, **exercise.tests, "README.md": exercise.description}
    for problem in check_hints(exercise.hints.texts(), exercise.solution, public):
        where = ("hints", problem.level) + (() if problem.index is None else (problem.index,))
        spec.add(where, problem.severity, problem.message)
    return spec


def _check_identity(spec: Spec, root: Path) -> None:
    exercise = spec.exercise
    language, track, _ = exercise.id.split("/")
    if language != exercise.language:
        spec.add(("language",), "error", f"language is {exercise.language} but the id starts "
                                         f"with {language}")
    if TRACKS.get(track) != exercise.difficulty:
        expected = TRACKS.get(track)
        spec.add(("difficulty",), "error",
                 f"difficulty {exercise.difficulty} does not match the track {track!r} "
                 + (f"(expected {expected})" if expected else
                    f"(tracks: {', '.join(TRACKS)})"))
    if spec.path.parent.is_relative_to(root.resolve()):
        relative = spec.path.parent.relative_to(root.resolve()).as_posix()
        if relative != exercise.id:
            spec.add(("id",), "error", f"id {exercise.id} does not match the folder {relative}")


def _check_references(spec: Spec, concepts: dict[str, str], index: dict[Path, Indexed]
                      ) -> None:
    exercise = spec.exercise
    if concepts:
        for i, concept in enumerate(exercise.concepts):
            if concept not in concepts:
                spec.add(("concepts", i), "error", f"unknown concept {concept!r}: add it to "
                                                   f"{CONCEPTS_NAME} with a one-sentence meaning")
    others = {e.id: e for p, e in index.items() if p != spec.path}
    for i, prerequisite in enumerate(exercise.prerequisites):
        known = others.get(prerequisite)
        if prerequisite == exercise.id:
            spec.add(("prerequisites", i), "error", "an exercise cannot be its own prerequisite")
        elif known is None:
            spec.add(("prerequisites", i), "error", f"unknown prerequisite {prerequisite!r}")
        elif known.language != exercise.language:
            spec.add(("prerequisites", i), "warning",
                     f"prerequisite {prerequisite} is a {known.language} exercise")
    twins = sorted(_shown(p) for p, e in index.items()
                   if e.id == exercise.id and p != spec.path)
    if twins:
        spec.add(("id",), "error", f"duplicate id {exercise.id}: also in {', '.join(twins)}")
    graph = {e.id: set(e.prerequisites) for e in others.values()}
    graph[exercise.id] = set(exercise.prerequisites)
    try:
        graphlib.TopologicalSorter(graph).prepare()
    except graphlib.CycleError as exc:
        cycle = exc.args[1]
        if exercise.id in cycle and exercise.id not in exercise.prerequisites:
            spec.add(("prerequisites",), "error",
                     f"prerequisites form a cycle: {' → '.join(cycle)}")


def _check_files(spec: Spec) -> None:
    exercise = spec.exercise
    for part in ("starter", "tests", "solution"):
        if not getattr(exercise, part):
            spec.add((), "error", f"no {part} files: put them in {part}/")
    for name in exercise.solution:
        if name not in exercise.starter:
            spec.add((), "error", f"solution/{name} replaces no starter file; solution files "
                                  "have the names of the starter files")
    clashes = sorted(set(exercise.starter) & set(exercise.tests))
    if clashes:
        spec.add((), "error", f"starter and tests both have {', '.join(clashes)}")


LIMITS_HIT = ("Timeout", "MemoryLimit")


async def _run(folder: Path, language: str, tests: list[str], timeout: float,
               overlays: dict[str, str] | None):
    """One run, repeated once when it hit a time or memory limit: on a busy machine that can be
    the machine, while a real runaway hits the limit again."""
    from temper.runner.run import run_tests

    result = await run_tests(folder, language, test_files=tests, timeout=timeout,
                             overlays=overlays)
    if result.error_type in LIMITS_HIT:
        result = await run_tests(folder, language, test_files=tests, timeout=timeout,
                                 overlays=overlays)
    return result


async def check_runs(spec: Spec, limit: asyncio.Semaphore, timeout: float | None = None) -> None:
    """Run the tests on the starter (at least one must fail), then on the reference solution
    (all must pass), with the exercise's language and timeout; `limit` bounds how many
    exercises run at once."""
    exercise = spec.exercise
    seconds = timeout or exercise.check.timeout
    tests = sorted(exercise.tests)
    async with limit:
        with tempfile.TemporaryDirectory(prefix="temper-validate-") as scratch:
            folder = Path(scratch)
            for relpath, content in {**exercise.starter, **exercise.tests}.items():
                write_inside(folder, relpath, content)
            try:
                starter = await _run(folder, exercise.language, tests, seconds, None)
                solution = await _run(folder, exercise.language, tests, seconds,
                                      exercise.solution)
            except Exception as exc:  # one broken run must not hide the other findings
                spec.add((), "error", f"the tests could not be run: {type(exc).__name__}: "
                                      f"{exc}")
                return
    if starter.status.value == "pass":
        spec.add((), "error", f"the starter passes all {starter.passed} tests; it must fail "
                              "at least one")
    elif starter.failed == 0:
        spec.add((), "error", f"the tests cannot run on the starter: {starter.message}")
    if solution.status.value != "pass" or solution.passed == 0:
        failure = solution.first_failure
        why = (f"{failure.name}: {failure.message}" if failure
               else solution.message or "no tests ran")
        spec.add((), "error", f"the reference solution does not pass every test "
                              f"({solution.passed} passed, {solution.failed} failed): "
                              f"{why.strip()[:400]}")
    _check_hint_tests(spec, [t.name for t in (solution.tests or starter.tests)],
                      [t.name for t in starter.tests if t.status.value != "pass"])


def _check_hint_tests(spec: Spec, names: list[str], starter_failing: list[str]) -> None:
    """The tests a hint says it is for exist, and the starter fails at least one of them (the
    hints are written for the starter's mistakes)."""
    hints = spec.exercise.hints
    if not names:
        return
    marked = [(("hints", "tests"), hints.tests)]
    for level in range(4):
        for index in range(len(hints.at(level))):
            own = hints.tests_for(level, index)
            if own is not hints.tests:
                marked.append((("hints", f"L{level}", index, "tests"), own))
    for where, tests in marked:
        for test in tests:
            if not any(fits(name, [test]) for name in names):
                spec.add(where, "error", f"no test is named {test!r} (the run has "
                                         f"{', '.join(names[:6])}{'…' * (len(names) > 6)})")
        if tests and starter_failing and not any(fits(n, tests) for n in starter_failing):
            spec.add(where, "warning", "the starter fails none of these tests, so a learner "
                                       "who starts from it never sees the hints for them")


@dataclass
class Report:
    specs: list[Spec]
    seconds: float = 0.0

    @property
    def findings(self) -> list[Finding]:
        return sorted((f for s in self.specs for f in s.findings),
                      key=lambda f: (str(f.path), f.line))

    def count(self, severity: str) -> int:
        return sum(1 for f in self.findings if f.severity == severity)


async def validate(paths: Iterable[Path], run: bool = True, jobs: int = 2,
                   timeout: float | None = None,
                   progress: Callable[[Spec], None] | None = None) -> Report:
    """Validate the spec files at or below `paths`; `run` also runs starters and solutions,
    `jobs` exercises at a time. `progress` hears of each spec when it is done."""
    loop = asyncio.get_running_loop()
    started = loop.time()
    files = spec_files(paths)
    roots = {p: catalog_root(p) for p in files}
    indexes = {r: await asyncio.to_thread(index_catalog, r) for r in set(roots.values())}
    concepts = {r: load_concepts(r) for r in indexes}
    specs = []
    for path in files:
        root = roots[path]
        index = indexes[root]
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            specs.append(Spec(path, "", YamlMap(""),
                              findings=[Finding(path, 1, "error", f"cannot read: {exc}")]))
            continue
        specs.append(check_static(path, text, root, concepts[root], index))
    limit = asyncio.Semaphore(max(1, jobs))

    async def finish(spec: Spec) -> None:
        if run and spec.exercise is not None:
            await check_runs(spec, limit, timeout)
        if progress:
            progress(spec)

    await asyncio.gather(*(finish(s) for s in specs))
    return Report(specs, loop.time() - started)
