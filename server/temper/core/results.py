"""The structured result of one test run, shaped like Exercism's results.json (version 3)."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any

OUTPUT_LIMIT = 500
TRUNCATION_NOTE = "Output was truncated. Please limit to 500 chars"


class Status(StrEnum):
    PASS = "pass"
    FAIL = "fail"
    ERROR = "error"


@dataclass(frozen=True)
class Location:
    path: str  # relative to the workspace, with forward slashes
    line: int  # 1-based
    column: int | None = None  # 1-based


TIMEOUT = "Timeout"  # the error_type of a test stopped by its own time limit (an endless loop)
FACT_NAMES = ("call", "actual", "expected", "exception", "frame")


@dataclass(frozen=True)
class Facts:
    """What one failing test showed about the learner's code, as its framework reported it.

    Values are the framework's own renderings (Python reprs, JSON, JUnit's text), cut to a few
    hundred characters. `missing` names the facts (of `FACT_NAMES`) this toolchain could not give
    for this failure, so a consumer knows an absent fact from an unknown one."""
    call: str | None = None  # the learner call under test as written: "fizzbuzz(10)"
    function: str | None = None  # the learner function it enters
    arguments: tuple[str, ...] = ()  # each argument's rendering, when known
    actual: str | None = None  # what the learner's code gave
    expected: str | None = None  # what the test expected
    comparison: str | None = None  # the operator of the failed comparison: "==", "<", "in"
    exception: str | None = None  # "ZeroDivisionError: division by zero"
    returned_at: Location | None = None  # the learner's line that returned `actual`
    missing: tuple[str, ...] = ()


@dataclass(frozen=True)
class TestResult:
    name: str
    status: Status
    message: str | None = None
    output: str | None = None
    test_code: str | None = None
    error_type: str | None = None
    learner_location: Location | None = None  # deepest frame in the learner's own files
    test_location: Location | None = None  # the failing line in the test file
    facts: Facts | None = None  # what a failing test showed: call, values, exception

    @property
    def hung(self) -> bool:
        """Stopped by its own time limit: an endless loop or a very slow step."""
        return self.error_type == TIMEOUT


@dataclass(frozen=True)
class RunResult:
    status: Status
    message: str | None = None
    tests: tuple[TestResult, ...] = ()
    error_location: Location | None = None  # a syntax or import error that stopped the run
    error_type: str | None = None
    duration_seconds: float = 0.0
    timed_out: bool = False
    cancelled: bool = False

    @property
    def passed(self) -> int:
        return sum(t.status is Status.PASS for t in self.tests)

    @property
    def failed(self) -> int:
        return sum(t.status is not Status.PASS for t in self.tests)

    @property
    def hung(self) -> tuple[TestResult, ...]:
        """The tests stopped by their own time limit."""
        return tuple(t for t in self.tests if t.hung)

    @property
    def first_failure(self) -> TestResult | None:
        return next((t for t in self.tests if t.status is not Status.PASS), None)

    def summary(self) -> str:
        if self.cancelled:
            return "run cancelled"
        if self.status is Status.ERROR or self.timed_out:
            return f"tests could not run: {self.message or 'unknown error'}"
        return f"{self.passed} passed, {self.failed} failed"

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["version"] = 3
        data["passed"], data["failed"] = self.passed, self.failed
        return data


def fits(test_name: str, tests: Collection[str]) -> bool:
    """Whether a test of a run is one of `tests`: the same name, or a case of it (pytest's
    `name[param]`, Go's `Name/sub`, Rust's `module::name`, JUnit's `Class.name`)."""
    for wanted in tests:
        if test_name == wanted or test_name.startswith((wanted + "[", wanted + "/")) \
                or test_name.endswith(("::" + wanted, "." + wanted)):
            return True
    return False


def truncate_output(text: str | None) -> str | None:
    """Cap what the learner printed the way Exercism does."""
    if not text:
        return None
    return text if len(text) <= OUTPUT_LIMIT else text[:OUTPUT_LIMIT] + "\n" + TRUNCATION_NOTE


def result_from_json(data: dict[str, Any]) -> RunResult:
    """Rebuild a RunResult from `to_json` output (used by the event log)."""
    def loc(value: dict[str, Any] | None) -> Location | None:
        return Location(**value) if value else None

    def facts(value: dict[str, Any] | None) -> Facts | None:
        if not value:
            return None
        return Facts(**{**value, "arguments": tuple(value.get("arguments") or ()),
                        "missing": tuple(value.get("missing") or ()),
                        "returned_at": loc(value.get("returned_at"))})

    tests = tuple(
        TestResult(
            name=t["name"], status=Status(t["status"]), message=t.get("message"),
            output=t.get("output"), test_code=t.get("test_code"), error_type=t.get("error_type"),
            learner_location=loc(t.get("learner_location")), test_location=loc(t.get("test_location")),
            facts=facts(t.get("facts")),
        )
        for t in data.get("tests", ())
    )
    return RunResult(
        status=Status(data["status"]), message=data.get("message"), tests=tests,
        error_location=loc(data.get("error_location")), error_type=data.get("error_type"),
        duration_seconds=data.get("duration_seconds", 0.0), timed_out=data.get("timed_out", False),
        cancelled=data.get("cancelled", False),
    )


