"""Check a product spec: errors make it unusable, warnings make it weaker.

Every problem carries the YAML path of the part it is about, so the CLI and the editor can put it
on the right line. Test names a criterion relies on are looked up in the project's test files.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import yaml
from pydantic import ValidationError

from temper.product.model import ProductSpec
from temper.product.tests_found import defined_tests
from temper.spec.yaml_lines import first_alias_line

YamlPath = tuple[str | int, ...]

VAGUE_GOAL = 20
PLACEHOLDER = re.compile(r"\b(TODO|FIXME|XXX|PLACEHOLDER)\b|\[(describe|define|fill in)|"
                         r"<(placeholder|description)>", re.IGNORECASE)
AMBIGUOUS = re.compile(
    r"\b(should probably|maybe|possibly|might|may need|TBD|TBA|etc\.?|and so on|and more|"
    r"as needed|as required|when appropriate|or something|or similar|user-friendly|fast|"
    r"intuitive|properly|correctly)\b", re.IGNORECASE)
OBSERVABLE = re.compile(
    r"\b(can|should|must|will|returns?|displays?|shows?|prints?|creates?|raises?|rejects?|"
    r"accepts?|gives?|writes?|reads?|saves?|within|less than|more than|at least|at most|"
    r"errors?|success|fails?|pass(es)?|when|if|given|then|equals?|contains?)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Problem:
    severity: Literal["error", "warning"]
    where: YamlPath
    message: str


def parse(text: str) -> tuple[ProductSpec | None, list[Problem]]:
    """Read a spec's text into the model; problems say what could not be read and where."""
    alias = first_alias_line(text)
    if alias:
        return None, [Problem("error", ("@line", alias), "YAML aliases (*name) are not allowed "
                              "in a product spec; write the value out")]
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where: YamlPath = ("@line", mark.line + 1) if mark else ()
        return None, [Problem("error", where, f"not valid YAML: "
                              f"{getattr(exc, 'problem', None) or exc}")]
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        return None, [Problem("error", (), "a spec is a mapping of fields (name, goals, "
                              "features, acceptance_criteria)")]
    try:
        return ProductSpec.model_validate(raw), []
    except ValidationError as exc:
        return None, [Problem("error", tuple(e["loc"]), f"{'.'.join(map(str, e['loc']))}: "
                              f"{e['msg']}") for e in exc.errors()]


def check(spec: ProductSpec, project: Path | None = None) -> list[Problem]:
    """Every error and warning of a spec that parsed; `project` enables the test lookup."""
    problems: list[Problem] = []

    def error(where: YamlPath, message: str) -> None:
        problems.append(Problem("error", where, message))

    def warn(where: YamlPath, message: str) -> None:
        problems.append(Problem("warning", where, message))

    if not spec.name.strip():
        error(("name",), "the spec needs a name")
    if not spec.version:
        warn((), "no version: add one, so a lock can tell what changed")
    for section, what in (("goals", "goal"), ("features", "feature"),
                          ("acceptance_criteria", "acceptance criterion")):
        if not getattr(spec, section):
            error((section,) if section in spec.model_fields_set else (),
                  f"the spec needs at least one {what} ({section})")
    for i, goal in enumerate(spec.goals):
        if not goal.strip():
            error(("goals", i), "an empty goal")
        elif len(goal.strip()) < VAGUE_GOAL:
            warn(("goals", i), f"a vague goal (under {VAGUE_GOAL} characters): say who gains "
                 "what")
        _wording(warn, ("goals", i), goal)

    feature_ids = [f.id for f in spec.features]
    for i, feature in enumerate(spec.features):
        if not feature.id:
            error(("features", i), "a feature without an id")
        elif feature_ids.count(feature.id) > 1:
            error(("features", i, "id"), f"the feature id {feature.id!r} is used twice")
        if not feature.title.strip():
            error(("features", i), "a feature without a title")
        if not feature.description.strip():
            warn(("features", i), f"feature {feature.id or i}: no description")
        _wording(warn, ("features", i, "description"), feature.description)
        if feature.id and not spec.criteria_of(feature.id):
            warn(("features", i), f"feature {feature.id}: no acceptance criterion says how to "
                 "tell it works")

    known_tests = defined_tests(project, spec.language) if project else None
    criterion_ids = Counter(c.id for c in spec.acceptance_criteria)
    for i, criterion in enumerate(spec.acceptance_criteria):
        where = ("acceptance_criteria", i)
        if not criterion.id:
            error(where, "a criterion without an id")
        elif criterion_ids[criterion.id] > 1:
            error((*where, "id"), f"the criterion id {criterion.id!r} is used twice")
        if not criterion.description.strip():
            error(where, f"criterion {criterion.id or i}: no description")
        elif not OBSERVABLE.search(criterion.description):
            warn((*where, "description"), f"criterion {criterion.id}: not verifiable as "
                 "written; describe what can be observed (given …, when …, then …)")
        _wording(warn, (*where, "description"), criterion.description)
        if criterion.feature is not None and criterion.feature not in feature_ids:
            error((*where, "feature"), f"criterion {criterion.id}: no feature "
                  f"{criterion.feature!r}")
        if not criterion.tests:
            warn(where, f"criterion {criterion.id or i}: names no test, so nothing can prove "
                 "it; add `tests: [test_name]`")
        for j, test in enumerate(criterion.tests):
            if known_tests is not None and not _defined(test, known_tests):
                warn((*where, "tests", j), f"criterion {criterion.id}: no test named "
                     f"{test!r} in the project's test files yet")

    milestone_ids = Counter(m.id for m in spec.milestones)
    for i, milestone in enumerate(spec.milestones):
        if not milestone.id or not milestone.name.strip():
            error(("milestones", i), "a milestone needs an id and a name")
        elif milestone_ids[milestone.id] > 1:
            error(("milestones", i, "id"), f"the milestone id {milestone.id!r} is used twice")
        if not milestone.features:
            warn(("milestones", i), f"milestone {milestone.id or i}: no features")
        for j, feature_id in enumerate(milestone.features):
            if feature_id not in feature_ids:
                error(("milestones", i, "features", j), f"milestone {milestone.id}: no "
                      f"feature {feature_id!r}")
    return problems


def _wording(warn, where: YamlPath, text: str) -> None:
    if match := PLACEHOLDER.search(text):
        warn(where, f"placeholder text {match.group(0)!r}: say what you mean")
    elif match := AMBIGUOUS.search(text):
        warn(where, f"ambiguous wording {match.group(0)!r}: say what can be checked")


def _defined(reference: str, known: set[tuple[str, str]]) -> bool:
    file, _, name = reference.rpartition("::")
    return any(name == n and (not file or f.endswith(file)) for f, n in known)
