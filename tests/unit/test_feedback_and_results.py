"""Rule-based feedback per level, and the Exercism-shaped run result and its JSON round-trip."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from temper.core.feedback import CATEGORY, TIMEOUT, rule_hint
from temper.core.levels import Level
from temper.core.results import (
    OUTPUT_LIMIT,
    TRUNCATION_NOTE,
    Location,
    RunResult,
    Status,
    result_from_json,
    truncate_output,
)
from temper.core.results import TestResult as Result  # aliased so pytest does not collect it

L0, L1, L2, L3, L4, L5 = Level
CONCEPTS = ("conditionals", "modulo", "functions")


def failing(error_type, name="test_divisible_by_fifteen", where=Location("fizzbuzz.py", 4)):
    return RunResult(Status.FAIL, tests=(
        Result("test_one", Status.PASS),
        Result(name, Status.FAIL, message="assert 'Fizz' == 'FizzBuzz'", error_type=error_type,
               learner_location=where, test_location=Location("test_fizzbuzz.py", 17)),
    ))


ASSERTION = failing("AssertionError")
INDEX = failing("IndexError", name="test_last_item", where=Location("items.py", 9))
SYNTAX = RunResult(Status.ERROR, message="invalid syntax", error_type="SyntaxError",
                   error_location=Location("fizzbuzz.py", 2, 11))
TIMED_OUT = RunResult(Status.ERROR, timed_out=True, duration_seconds=10)


def hint(level, run, concepts=CONCEPTS):
    return rule_hint(level, run, "fizzbuzz.py", 1, concepts)


# -- rule_hint ------------------------------------------------------------------------------------

def test_assertion_error_per_level():
    assert "test `test_divisible_by_fifteen` expect" in hint(L0, ASSERTION)
    assert hint(L1, ASSERTION) == CATEGORY["AssertionError"] + \
        " The concept at play: conditionals, modulo."
    l2 = hint(L2, ASSERTION)
    assert l2.startswith("Look at line 4 of fizzbuzz.py, where the test "
                         "`test_divisible_by_fifteen` fails.")
    assert "Write down" not in l2
    assert hint(L3, ASSERTION).startswith(l2) and "Write down" in hint(L3, ASSERTION)


def test_index_error_per_level():
    assert "when the IndexError happens" in hint(L0, INDEX)
    assert hint(L1, INDEX, ()) == CATEGORY["IndexError"]
    assert "Look at line 9 of items.py, where the test `test_last_item` fails" in hint(L2, INDEX)


def test_syntax_error_points_at_the_error_location():
    assert hint(L0, SYNTAX) == "What does Python expect to see around line 2 of fizzbuzz.py?"
    assert hint(L1, SYNTAX, ()) == CATEGORY["SyntaxError"]
    assert hint(L2, SYNTAX, ()) == "Look at line 2 of fizzbuzz.py."
    assert "Write down" not in hint(L3, SYNTAX)  # no failing test to trace


def test_indentation_error_is_treated_like_a_syntax_error():
    run = RunResult(Status.ERROR, error_type="IndentationError",
                    error_location=Location("a.py", 7))
    assert "around line 7 of a.py" in hint(L0, run)


def test_timeouts_ask_about_the_loop():
    assert "What makes your loop stop" in hint(L0, TIMED_OUT)
    assert hint(L1, TIMED_OUT) == TIMEOUT


def test_without_a_run_the_hints_stay_generic_and_use_the_cursor():
    assert "smallest input" in hint(L0, None)
    assert hint(L1, None, ()).startswith("Compare what the tests ask for")
    assert rule_hint(L2, None, "a.py", 12) == "Look at line 12 of a.py."


def test_an_unknown_error_type_gets_the_generic_category():
    assert hint(L1, failing("WeirdError"), ()).startswith("Compare what the tests ask for")
    assert "when the WeirdError happens" in hint(L0, failing("WeirdError"))


def test_the_run_level_error_type_wins_over_the_tests():
    run = RunResult(Status.ERROR, error_type="ImportError", tests=ASSERTION.tests)
    assert hint(L1, run, ()) == CATEGORY["ImportError"]


@pytest.mark.parametrize("level", list(Level))
@pytest.mark.parametrize("run", [None, ASSERTION, INDEX, SYNTAX, TIMED_OUT])
def test_every_rule_hint_is_a_short_sentence_without_code_blocks(level, run):
    text = hint(level, run)
    assert text.strip() and "```" not in text and "\n" not in text
    assert len(text) < 400


# -- RunResult and its JSON form ------------------------------------------------------------------

def test_counts_first_failure_and_summary():
    assert (ASSERTION.passed, ASSERTION.failed) == (1, 1)
    assert ASSERTION.first_failure.name == "test_divisible_by_fifteen"
    assert ASSERTION.summary() == "1 passed, 1 failed"
    assert SYNTAX.summary() == "tests could not run: invalid syntax"
    assert RunResult(Status.ERROR, cancelled=True).summary() == "run cancelled"
    assert RunResult(Status.PASS).first_failure is None


def test_to_json_is_exercism_version_3():
    data = ASSERTION.to_json()
    assert data["version"] == 3 and data["status"] == "fail"
    assert (data["passed"], data["failed"]) == (1, 1)
    assert data["tests"][1]["learner_location"] == {"path": "fizzbuzz.py", "line": 4,
                                                    "column": None}


@pytest.mark.parametrize("run", [ASSERTION, INDEX, SYNTAX, TIMED_OUT, RunResult(Status.PASS)])
def test_json_round_trip_through_text(run):
    assert result_from_json(json.loads(json.dumps(run.to_json()))) == run


locations = st.none() | st.builds(Location, st.text(min_size=1, max_size=20),
                                  st.integers(1, 10_000), st.none() | st.integers(1, 200))
maybe_text = st.none() | st.text(max_size=40)
test_results = st.builds(
    Result, name=st.text(min_size=1, max_size=30), status=st.sampled_from(Status),
    message=maybe_text, output=maybe_text, test_code=maybe_text, error_type=maybe_text,
    learner_location=locations, test_location=locations,
)
run_results = st.builds(
    RunResult, status=st.sampled_from(Status), message=maybe_text,
    tests=st.lists(test_results, max_size=4).map(tuple), error_location=locations,
    error_type=maybe_text, duration_seconds=st.floats(0, 300, allow_nan=False),
    timed_out=st.booleans(), cancelled=st.booleans(),
)


@settings(database=None, deadline=None, max_examples=200)
@given(run_results)
def test_any_run_result_survives_json(run):
    data = json.loads(json.dumps(run.to_json()))
    assert result_from_json(data) == run
    assert (data["passed"], data["failed"]) == (run.passed, run.failed)
    assert data["passed"] + data["failed"] == len(run.tests)


def test_result_from_json_fills_defaults():
    assert result_from_json({"status": "pass"}) == RunResult(Status.PASS)


# -- truncate_output ------------------------------------------------------------------------------

def test_short_or_empty_output_is_left_alone():
    assert truncate_output(None) is None and truncate_output("") is None
    assert truncate_output("hi\n") == "hi\n"
    exact = "x" * OUTPUT_LIMIT
    assert truncate_output(exact) == exact


def test_long_output_is_cut_at_500_with_the_exercism_note():
    text = "".join(str(i % 10) for i in range(OUTPUT_LIMIT + 1))
    assert OUTPUT_LIMIT == 500
    assert TRUNCATION_NOTE == "Output was truncated. Please limit to 500 chars"
    assert truncate_output(text) == text[:500] + "\n" + TRUNCATION_NOTE
