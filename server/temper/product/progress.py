"""How far a project is: each acceptance criterion checked against the latest test run.

A criterion is met when every test it names ran and passed; failing when one of them failed;
not run when the run has none of them (a typo, or a test not written yet); untested when it
names no test at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from temper.core.results import RunResult, Status, TestResult
from temper.product.model import Criterion, ProductSpec


class State(StrEnum):
    MET = "met"
    FAILING = "failing"
    NOT_RUN = "not run"
    UNTESTED = "untested"


@dataclass(frozen=True)
class CriterionProgress:
    criterion: Criterion
    state: State
    failing: tuple[TestResult, ...] = ()
    missing: tuple[str, ...] = ()

    def describe(self) -> str:
        c = self.criterion
        if self.state is State.MET:
            many = len(c.tests) > 1
            return f"{c.id} met: {len(c.tests)} test{'s pass' if many else ' passes'}"
        if self.state is State.FAILING:
            names = ", ".join(t.name for t in self.failing)
            return f"{c.id} not met yet: {names} fail{'s' * (len(self.failing) == 1)}"
        if self.state is State.NOT_RUN:
            return f"{c.id} not proven: {', '.join(self.missing)} did not run"
        return f"{c.id} names no test that proves it"


@dataclass(frozen=True)
class Progress:
    criteria: tuple[CriterionProgress, ...]

    @property
    def met(self) -> int:
        return sum(c.state is State.MET for c in self.criteria)

    @property
    def percent(self) -> int:
        return round(100 * self.met / len(self.criteria)) if self.criteria else 0

    def summary(self) -> str:
        return f"{self.met} of {len(self.criteria)} acceptance criteria met ({self.percent}%)"

    def of(self, criterion_id: str) -> CriterionProgress | None:
        return next((c for c in self.criteria if c.criterion.id == criterion_id), None)


def matches(reference: str, test: TestResult) -> bool:
    """`name` or `file::name`; a parametrised test `name[case]` counts as `name`."""
    file, _, name = reference.rpartition("::")
    base = test.name.split("[", 1)[0]
    if name not in (test.name, base):
        return False
    return not file or test.test_location is None or test.test_location.path.endswith(file)


def progress(spec: ProductSpec, run: RunResult | None) -> Progress:
    results = run.tests if run and run.status is not Status.ERROR else ()
    return Progress(tuple(_criterion(c, results) for c in spec.acceptance_criteria))


def _criterion(criterion: Criterion, results: tuple[TestResult, ...]) -> CriterionProgress:
    if not criterion.tests:
        return CriterionProgress(criterion, State.UNTESTED)
    failing: list[TestResult] = []
    missing: list[str] = []
    for reference in criterion.tests:
        ran = [t for t in results if matches(reference, t)]
        if not ran:
            missing.append(reference)
        failing.extend(t for t in ran if t.status is not Status.PASS)
    if failing:
        return CriterionProgress(criterion, State.FAILING, tuple(failing), tuple(missing))
    if missing:
        return CriterionProgress(criterion, State.NOT_RUN, (), tuple(missing))
    return CriterionProgress(criterion, State.MET)


def focus(spec: ProductSpec, run: RunResult | None) -> CriterionProgress | None:
    """The criterion a hint should be about: the first failing one, else the first unproven."""
    items = progress(spec, run).criteria
    for state in (State.FAILING, State.NOT_RUN, State.UNTESTED):
        found = next((c for c in items if c.state is state), None)
        if found:
            return found
    return None
