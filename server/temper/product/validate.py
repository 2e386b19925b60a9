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

from temper.catalog.yaml_lines import first_alias_line
from temper.product.model import ProductSpec
from temper.product.tests_found import defined_tests

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


class Found(list[Problem]):
    """The problems of one spec, in the order they were found."""

    def error(self, where: YamlPath, message: str) -> None:
        self.append(Problem("error", where, message))

    def warn(self, where: YamlPath, message: str) -> None:
        self.append(Problem("warning", where, message))

    def wording(self, where: YamlPath, text: str) -> None:
        if match := PLACEHOLDER.search(text):
            self.warn(where, f"placeholder text {match.group(0)!r}: say what you mean")
        elif match := AMBIGUOUS.search(text):
            self.warn(where, f"ambiguous wording {match.group(0)!r}: say what can be checked")


def check(spec: ProductSpec, project: Path | None = None) -> list[Problem]:
    """Every error and warning of a spec that parsed; `project` enables the test lookup."""
    found = Found()
    _top(spec, found)
    _features(spec, found)
    _criteria(spec, found, defined_tests(project, spec.language) if project else None)
    _milestones(spec, found)
    return list(found)


def _top(spec: ProductSpec, found: Found) -> None:
    if not spec.name.strip():
        found.error(("name",), "the spec needs a name")
    if not spec.version:
        found.warn((), "no version: add one, so a lock can tell what changed")
    for section, what in (("goals", "goal"), ("features", "feature"),
                          ("acceptance_criteria", "acceptance criterion")):
        if not getattr(spec, section):
            found.error((section,) if section in spec.model_fields_set else (),
                        f"the spec needs at least one {what} ({section})")
    for i, goal in enumerate(spec.goals):
        if not goal.strip():
            found.error(("goals", i), "an empty goal")
        elif len(goal.strip()) < VAGUE_GOAL:
            found.warn(("goals", i), f"a vague goal (under {VAGUE_GOAL} characters): say who "
                       "gains what")
        found.wording(("goals", i), goal)


def _features(spec: ProductSpec, found: Found) -> None:
    ids = Counter(f.id for f in spec.features)
    for i, feature in enumerate(spec.features):
        if not feature.id:
            found.error(("features", i), "a feature without an id")
        elif ids[feature.id] > 1:
            found.error(("features", i, "id"), f"the feature id {feature.id!r} is used twice")
        if not feature.title.strip():
            found.error(("features", i), "a feature without a title")
        if not feature.description.strip():
            found.warn(("features", i), f"feature {feature.id or i}: no description")
        found.wording(("features", i, "description"), feature.description)
        if feature.id and not spec.criteria_of(feature.id):
            found.warn(("features", i), f"feature {feature.id}: no acceptance criterion says "
                       "how to tell it works")


def _criteria(spec: ProductSpec, found: Found, known_tests: set[tuple[str, str]] | None
              ) -> None:
    feature_ids = {f.id for f in spec.features}
    ids = Counter(c.id for c in spec.acceptance_criteria)
    for i, criterion in enumerate(spec.acceptance_criteria):
        where = ("acceptance_criteria", i)
        if not criterion.id:
            found.error(where, "a criterion without an id")
        elif ids[criterion.id] > 1:
            found.error((*where, "id"), f"the criterion id {criterion.id!r} is used twice")
        if not criterion.description.strip():
            found.error(where, f"criterion {criterion.id or i}: no description")
        elif not OBSERVABLE.search(criterion.description):
            found.warn((*where, "description"), f"criterion {criterion.id}: not verifiable as "
                       "written; describe what can be observed (given …, when …, then …)")
        found.wording((*where, "description"), criterion.description)
        if criterion.feature is not None and criterion.feature not in feature_ids:
            found.error((*where, "feature"), f"criterion {criterion.id}: no feature "
                        f"{criterion.feature!r}")
        if not criterion.tests:
            found.warn(where, f"criterion {criterion.id or i}: names no test, so nothing can "
                       "prove it; add `tests: [test_name]`")
        for j, test in enumerate(criterion.tests):
            if known_tests is not None and not _defined(test, known_tests):
                found.warn((*where, "tests", j), f"criterion {criterion.id}: no test named "
                           f"{test!r} in the project's test files yet")


def _milestones(spec: ProductSpec, found: Found) -> None:
    feature_ids = {f.id for f in spec.features}
    ids = Counter(m.id for m in spec.milestones)
    for i, milestone in enumerate(spec.milestones):
        if not milestone.id or not milestone.name.strip():
            found.error(("milestones", i), "a milestone needs an id and a name")
        elif ids[milestone.id] > 1:
            found.error(("milestones", i, "id"), f"the milestone id {milestone.id!r} is used "
                        "twice")
        if not milestone.features:
            found.warn(("milestones", i), f"milestone {milestone.id or i}: no features")
        for j, feature_id in enumerate(milestone.features):
            if feature_id not in feature_ids:
                found.error(("milestones", i, "features", j), f"milestone {milestone.id}: no "
                            f"feature {feature_id!r}")


def _defined(reference: str, known: set[tuple[str, str]]) -> bool:
    file, _, name = reference.rpartition("::")
    return any(name == n and (not file or f.endswith(file)) for f, n in known)
