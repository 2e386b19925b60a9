"""The offline provider: authored hints in order, then rule feedback, never the solution."""

from __future__ import annotations

import asyncio

import pytest

from temper.catalog.exercises import Catalog
from temper.core.contract import Intent
from temper.core.feedback import rule_hint
from temper.core.guard import secret_lines, violation
from temper.core.levels import Level
from temper.core.results import Facts, Location, RunResult, Status
from temper.core.results import TestResult as Result  # aliased so pytest does not collect it
from temper.providers.base import HintRequest
from temper.providers.offline import OfflineProvider

FIZZBUZZ = "python/basics/fizzbuzz"
EXERCISE_IDS = sorted(Catalog.load().exercises)
FAILING = RunResult(Status.FAIL, tests=(
    Result("test_divisible_by_fifteen", Status.FAIL, error_type="AssertionError",
               learner_location=Location("fizzbuzz.py", 4)),
))
RUNS = {"no run": None, "failing run": FAILING,
        "syntax error": RunResult(Status.ERROR, error_type="SyntaxError",
                                  error_location=Location("fizzbuzz.py", 2))}


def request(exercise, level, served=frozenset(), run=None):
    return HintRequest(Level(level), Intent.HINT, exercise, "fizzbuzz.py", 3, "", run,
                       frozenset(served))


def walk(exercise, level, steps=6, run=None):
    """Ask `steps` times, each time with every key served so far, as the session does."""
    served, out = set(), []
    for _ in range(steps):
        hint = OfflineProvider().write(request(exercise, level, served, run))
        out.append(hint)
        served.add(hint.key)
    return out


@pytest.fixture
def fb(catalog):
    return catalog.get(FIZZBUZZ)


@pytest.mark.parametrize("level", [0, 1, 2, 3])
def test_authored_hints_come_first_and_in_order(fb, level):
    hints = walk(fb, level, steps=len(fb.hints.at(level)))
    assert [h.text for h in hints] == [t.strip() for t in fb.hints.at(level)]
    assert [h.key for h in hints] == [f"authored:L{level}:{i}" for i in range(len(hints))]
    assert all(h.provider == "offline" for h in hints)


def test_an_unserved_authored_hint_is_served_before_later_ones(fb):
    hint = OfflineProvider().write(request(fb, 1, {"authored:L1:1"}))
    assert hint.key == "authored:L1:0"


def test_hints_of_other_levels_do_not_count_as_served(fb):
    hint = OfflineProvider().write(request(fb, 2, {"authored:L1:0", "authored:L1:1"}))
    assert hint.key == "authored:L2:0"


@pytest.mark.parametrize("level", [0, 1, 2, 3])
def test_rule_feedback_follows_the_authored_hints(fb, level):
    authored = len(fb.hints.fitting(level, ["test_divisible_by_fifteen"]))
    after = walk(fb, level, steps=authored + 1, run=FAILING)[-1]
    assert after.key.startswith(f"fact:L{level}:")  # this run has no facts: the rule hint
    assert after.text == rule_hint(Level(level), FAILING, "fizzbuzz.py", 3, fb.concepts)


@pytest.mark.parametrize("level", [0, 1, 2, 3])
def test_an_exhausted_level_says_so_instead_of_repeating(fb, level):
    hints = walk(fb, level, steps=len(fb.hints.at(level)) + 3)
    rule, exhausted = hints[len(fb.hints.at(level))], hints[len(fb.hints.at(level)) + 1:]
    for hint in exhausted:
        assert hint.key.startswith(f"exhausted:L{level}:")
        assert f"L{level} hints this coach has for this failure" in hint.text
        assert hint.text != rule.text
    keys = [h.key for h in hints]
    assert len(keys) == len(set(keys)), "a key was served twice"
    texts = [h.text for h in hints[:-2]]
    assert len(texts) == len(set(texts)), "a hint text was repeated before exhaustion"


def test_without_an_exercise_it_gives_rule_feedback():
    hint = OfflineProvider().write(request(None, 1, run=FAILING))
    assert hint.key.startswith("fact:L1:")
    assert "logic problem" in hint.text


@pytest.mark.parametrize("level", [Level.L4, Level.L5])
def test_l4_and_l5_explain_the_solution_is_not_handed_out(fb, level):
    hint = OfflineProvider().write(request(fb, level, run=FAILING))
    assert "does not hand out the reference solution" in hint.text
    assert ("partial solution" if level == Level.L4 else "full solution") in hint.text
    assert fb.hints.L3[0].strip() in hint.text  # every outline it has
    assert "Look at line 4 of fizzbuzz.py" in hint.text  # and where to work
    assert hint.key.startswith(f"offline:L{int(level)}:")


def test_l4_without_an_exercise_still_explains():
    hint = OfflineProvider().write(request(None, 4))
    assert "does not hand out the reference solution" in hint.text


def test_l4_keys_differ_as_hints_are_served(fb):
    keys = [h.key for h in walk(fb, 4, steps=3)]
    assert len(set(keys)) == 3


@pytest.mark.parametrize("run", list(RUNS.values()), ids=list(RUNS))
@pytest.mark.parametrize("exercise_id", EXERCISE_IDS)
def test_no_level_ever_serves_the_reference_solution(catalog, exercise_id, run):
    exercise = catalog.get(exercise_id)
    public = {**exercise.starter, **exercise.tests}
    secrets = secret_lines(exercise.solution, public)
    whole = ["".join(t.split()) for t in exercise.solution.values()]
    for level in Level:
        for hint in walk(exercise, level, steps=5, run=run):
            flat = "".join(hint.text.split())
            assert not any(w in flat for w in whole)
            # below L3 not one line of the solution; an L3 outline (also what the offline coach
            # falls back to at L4 and L5) may share a loop header or a `return false;`, but stays
            # under the guard's similarity and copied-line limits
            if level < Level.L3:
                leaked = [s for s in secrets if s in flat]
                assert not leaked, f"L{int(level)} {hint.key} leaks {leaked}"
            outline_level = min(level, Level.L3)
            assert violation(hint.text, outline_level, exercise.solution, public) is None, \
                f"L{int(level)} {hint.key}"


def test_the_async_hint_matches_write(fb):
    req = request(fb, 2, {"authored:L2:0"})
    assert asyncio.run(OfflineProvider().hint(req)) == OfflineProvider().write(req)


SIX_FOR_BUZZ = RunResult(Status.FAIL, tests=(
    Result("test_plain_number_is_text", Status.PASS),
    Result("test_divisible_by_five", Status.FAIL, message="AssertionError: assert '10' == 'Buzz'",
           error_type="AssertionError", learner_location=Location("fizzbuzz.py", 9),
           facts=Facts(call="fizzbuzz(10)", function="fizzbuzz", arguments=("10",),
                       actual="'10'", expected="'Buzz'", comparison="==",
                       returned_at=Location("fizzbuzz.py", 9))),
    Result("test_divisible_by_fifteen", Status.PASS),
))


@pytest.mark.parametrize("level", [0, 1, 2])
def test_an_authored_hint_for_another_failure_is_not_served(fb, level):
    """`n % 6` for Buzz fails only test_divisible_by_five: the hints about the order of the
    checks (written for test_divisible_by_fifteen) never come, every hint opens with the fact."""
    hints = walk(fb, level, steps=4, run=SIX_FOR_BUZZ)
    texts = " ".join(h.text for h in hints)
    assert "order of your checks" not in texts
    assert "first `if`" not in texts and "type your function returns for 7" not in texts
    for hint in hints[:2]:
        assert "fizzbuzz(10)" in hint.text or "line 9" in hint.text, hint.text
    if level == 0:
        assert hints[0].text.startswith("`fizzbuzz(10)` returns '10' where the test "
                                        "`test_divisible_by_five` expects 'Buzz'.")
        assert hints[0].text.endswith("?")


def test_a_fitting_authored_hint_opens_with_the_fact(fb):
    hint = OfflineProvider().write(request(fb, 1, run=SIX_FOR_BUZZ))
    assert hint.key == "authored:L1:1"  # the remainder hint is for test_divisible_by_five too
    assert hint.text.startswith("`fizzbuzz(10)` returns '10'")
    assert "remainder of a division" in hint.text
