"""Facts said in one line: what a failing test showed, and what a hint was built from (for the
learner or a teacher who asks why)."""

from __future__ import annotations

from temper.core.localization import Localization
from temper.core.results import RunResult, Status, TestResult


def _short(text: str, limit: int = 160) -> str:
    first = text.strip().splitlines()[0] if text.strip() else ""
    return first if len(first) <= limit else first[:limit - 1] + "…"


def fact_line(test: TestResult) -> str:
    """What a failing test showed, in one line: the call, what it gave and what was expected;
    "" when its framework reported no such fact."""
    facts = test.facts
    if facts is None:
        return ""
    call = facts.call or "it"
    if test.hung:
        return f"{call} never finished ({_short(facts.exception or test.message or '')})"
    if facts.exception:
        return f"{call} raised {_short(facts.exception)}"
    if facts.actual is not None and facts.expected is not None:
        return f"{call} returned {facts.actual}, expected {facts.expected}"
    return ""


def basis(run: RunResult | None, localization: Localization | None, key: str) -> tuple[str, ...]:
    """What a hint was built from, for the learner or a teacher who asks why: the run, the facts
    of its failing tests, the line localization found, and which kind of hint was served."""
    said = []
    if run is not None:
        said.append(f"the latest run: {run.summary()}")
        for test in [t for t in run.tests if t.status is not Status.PASS][:3]:
            where = test.learner_location
            line = fact_line(test) or _short(test.message or test.error_type or "failed")
            said.append(f"{test.name}: {line}" + (f" ({where.path}:{where.line})" if where else ""))
        if run.error_location:
            said.append(f"{run.error_type or 'error'} at {run.error_location.path}:"
                        f"{run.error_location.line}")
    else:
        said.append("no run yet")
    top = localization.top if localization else None
    if top is not None:
        how = {"repair": "a small edit there turns the failing tests green",
               "spectrum": "the lines the failing tests run and the passing ones do not",
               "reference": "where the code differs from a correct one"}.get(
            localization.method, localization.method)
        kind = f", kind of mistake: {localization.repair.kind}" if localization.repair else ""
        said.append(f"line most likely at fault: {top.path}:{top.line} ({how}{kind})")
        if localization.values:
            said.append("values seen there: " + ", ".join(localization.values[:4]))
    kinds = {"authored": "the exercise author's hint for this failure, after the run's fact",
             "fact": "built from the run's facts", "outline": "an outline of the line at fault",
             "exhausted": "every hint of this level was already served",
             "offline": "everything the offline coach has at this level"}
    said.append("hint: " + kinds.get(key.split(":", 1)[0], f"written by a model ({key})"))
    return tuple(said)
