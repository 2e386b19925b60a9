"""A learner's own project: the folder holding `.specs/`, its product specs and its language."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from temper.catalog.exercises import Marker
from temper.catalog.yaml_lines import YamlMap
from temper.core.results import RunResult
from temper.product.model import SPECS_DIR, ProductSpec
from temper.product.progress import focus
from temper.product.tests_found import detect_language
from temper.product.validate import Problem, check, parse

MAX_SPEC_BYTES = 512_000


@dataclass(frozen=True)
class SpecFile:
    path: Path
    text: str
    spec: ProductSpec | None
    problems: tuple[Problem, ...]

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    def line(self, where: tuple) -> int:
        """The 1-based line of a YAML path (a problem's `where`) in this file; a YAML syntax
        error's `where` is `("@line", n)`."""
        if len(where) == 2 and where[0] == "@line":
            return int(where[1])
        return YamlMap(self.text).line(where)

    def criterion_line(self, criterion_id: str) -> int:
        ids = [c.id for c in self.spec.acceptance_criteria] if self.spec else []
        return self.line(("acceptance_criteria", ids.index(criterion_id), "id")) \
            if criterion_id in ids else 1


@dataclass(frozen=True)
class Project:
    root: Path
    specs: tuple[SpecFile, ...]

    @property
    def name(self) -> str:
        named = next((s.spec.name for s in self.specs if s.spec and s.spec.name.strip()), "")
        return named or self.root.name

    @property
    def language(self) -> str | None:
        declared = next((s.spec.language for s in self.specs if s.spec and s.spec.language),
                        None)
        return declared or detect_language(self.root)


def spec_paths(root: Path) -> list[Path]:
    folder = root / SPECS_DIR
    return sorted(p for p in folder.glob("*.y*ml") if p.is_file() and not p.is_symlink()) \
        if folder.is_dir() else []


def find_project(path: Path, checked: bool = False) -> Project | None:
    """The nearest folder at or above `path` whose `.specs/` holds a spec, loaded; `checked`
    also runs the checks, which read the project's test files."""
    path = path.resolve()
    for folder in (path, *path.parents):
        if paths := spec_paths(folder):
            return Project(folder, tuple(load_spec(p, folder, checked=checked) for p in paths))
    return None


def load_spec(path: Path, root: Path | None = None, text: str | None = None,
              checked: bool = True) -> SpecFile:
    """Read one spec file (or the editor's `text` of it) and, if `checked`, check it; never
    raises, every problem is reported."""
    def refused(message: str) -> SpecFile:
        return SpecFile(path, "", None, (Problem("error", (), message),))

    if text is None:
        try:
            if path.stat().st_size > MAX_SPEC_BYTES:
                return refused(f"the spec is over {MAX_SPEC_BYTES // 1000} kB")
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            return refused("not UTF-8 text")
        except OSError as exc:
            return refused(f"cannot read: {exc.strerror}")
    elif len(text) > MAX_SPEC_BYTES:
        return refused(f"the spec is over {MAX_SPEC_BYTES // 1000} kB")
    spec, problems = parse(text)
    if spec is not None and checked:
        problems = check(spec, root or path.parent.parent)
    return SpecFile(path, text, spec, tuple(problems))


PROJECT_PREFIX = "project:"


def project_marker(folder: Path) -> Marker | None:
    """A pairing session's marker for a learner's own project: its id names the project."""
    project = find_project(folder)
    if project is None:
        return None
    slug = "-".join(project.name.lower().split()) or "project"
    return Marker(PROJECT_PREFIX + slug, project.root.resolve(), 0.0)


def project_language(workspace: str) -> str:
    """The language a project's tests run in; Python when nothing says otherwise."""
    project = find_project(Path(workspace))
    return (project.language if project else None) or "python"


def hint_focus(workspace: str, run: RunResult | None) -> str:
    """What a hint in a project should aim at: the spec's goal and the criterion that the
    latest run leaves unmet; empty when the folder has no usable spec."""
    project = find_project(Path(workspace))
    for spec_file in project.specs if project else ():
        spec = spec_file.spec
        target = focus(spec, run) if spec else None
        if spec is None or target is None:
            continue
        goal = spec.goals[0].strip() if spec.goals else spec.name
        return (f"{spec.name}: {goal} The criterion in focus is {target.criterion.id}: "
                f"{target.criterion.description.strip()} ({target.describe()}).")
    return ""
