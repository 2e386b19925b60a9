"""The repair fault localization finds stays the coach's secret below L3: over every learner bug
of the corpus, no offline hint at L0-L2 carries the fixed line, and a provider that writes the
fix anyway is overruled by the guard in the coach."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from temper.coach.pairing import Coach
from temper.core.contract import Intent
from temper.core.guard import violation
from temper.core.levels import Level
from temper.core.localization import Localization, Repair, SuspectLine
from temper.core.results import Facts, Location, RunResult, Status
from temper.core.results import TestResult as Result  # not a test class
from temper.providers.base import HintRequest, HintText
from temper.providers.offline import OfflineProvider
from temper.settings import Settings

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import bug_corpus  # noqa: E402

BUGS = bug_corpus.load(bug_corpus.ROOT)


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text).replace("'", '"')


def _case(bug) -> tuple[Localization, RunResult, dict[str, str]]:
    source = (bug.path / bug.file).read_text()
    lines = source.splitlines()
    original = lines[bug.line - 1].strip()
    replacement = "\n".join(f.text for f in bug.fix).strip()
    where = Location(bug.file, bug.line)
    localization = Localization(
        suspects=(SuspectLine(bug.file, bug.line, 1.0, original),),
        repair=Repair(bug.file, bug.line, "constant", original, replacement, ("test_it",)),
        values=("x=1",), test="test_it", method="repair")
    run = RunResult(Status.FAIL, tests=(
        Result("test_it", Status.FAIL, message="assert 1 == 2", error_type="AssertionError",
               learner_location=where,
               facts=Facts(call="f(3)", function="f", arguments=("3",), actual="1",
                           expected="2", comparison="==", returned_at=where)),
        Result("test_other", Status.PASS)))
    return localization, run, {bug.file: source}


@pytest.mark.parametrize("bug", BUGS, ids=[f"{b.language}/{b.path.name}" for b in BUGS])
def test_no_offline_hint_below_l3_carries_the_repair(bug):
    localization, run, sources = _case(bug)
    replacement = localization.repair.replacement
    secrets = {"<repair>": replacement}
    for level in (Level.L0, Level.L1, Level.L2):
        served: set[str] = set()
        for _ in range(5):
            hint = OfflineProvider().write(HintRequest(
                level, Intent.HINT, None, bug.file, bug.line, sources[bug.file], run,
                frozenset(served), localization=localization, sources=sources))
            served.add(hint.key)
            if _flat(replacement) and _flat(replacement) != _flat(localization.repair.original):
                assert _flat(replacement) not in _flat(hint.text), (level, hint.text)
            assert violation(hint.text, level, secrets, sources) is None, (level, hint.text)


class Leaking:
    """A provider that writes the fix into its hint, whatever the level."""
    name = "leaky"

    def __init__(self, text: str):
        self.text = text

    async def hint(self, request: HintRequest) -> HintText:
        return HintText(f"Just write `{self.text}` on that line.", "leak", self.name)


async def test_the_coach_overrules_a_provider_that_writes_the_repair(store, catalog,
                                                                     tmp_path: Path):
    bug = next(b for b in BUGS if b.language == "python" and len(b.fix) == 1)
    localization, run, _ = _case(bug)
    folder = tmp_path / "work"
    folder.mkdir()
    for path in bug.path.iterdir():
        if path.name != "bug.yaml" and path.is_file():
            (folder / path.name).write_text(path.read_text())
    coach = Coach(store, catalog, Settings(), provider=Leaking(localization.repair.replacement))
    session = await coach.open_workspace(folder)
    assert session is not None and session.exercise_id.startswith("folder:")
    await coach.record_run(session, run)
    coach.record_localization(folder, localization)
    code = (folder / bug.file).read_text()
    for level in (Level.L0, Level.L1, Level.L2):
        outcome = await coach.hint(session, bug.file, bug.line, code, Intent.HINT, level)
        assert _flat(localization.repair.replacement) not in _flat(outcome.text), outcome.text
        assert "withheld" in (outcome.notice or "")
        assert "f(3)" in outcome.text  # the fact-based hint that replaced it
