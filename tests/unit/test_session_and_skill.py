"""Pairing sessions folded from events, and the skill and hint-dependency estimates."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from temper.core.contract import Intent
from temper.core.contract import TestState as State  # aliased so pytest does not collect it
from temper.core.events import (
    ExerciseCompleted,
    ExerciseStarted,
    HintGiven,
    RunRecorded,
    event_from_row,
)
from temper.core.levels import Level
from temper.core.session import PairingSession
from temper.core.skill import (
    HELP_WEIGHT,
    P_INIT,
    P_LEARN,
    hint_dependency,
    hint_weight,
    mean_skill,
    update,
)

WS, FB, LY = "/ws", "python/basics/fizzbuzz", "python/basics/leap-year"
PROPERTY = settings(database=None, deadline=None, max_examples=300)


def started(at, exercise=FB):
    return ExerciseStarted(WS, exercise, at, concepts=("modulo",))


def run(at, status="fail", exercise=FB):
    return RunRecorded(WS, exercise, at, status=status)


def hint(at, level, exercise=FB):
    return HintGiven(WS, exercise, at, level=int(level), key=f"k{at}")


# -- PairingSession -------------------------------------------------------------------------------

def test_replay_folds_runs_and_hints_of_the_current_exercise():
    s = PairingSession.replay(WS, [started(0), run(10), hint(20, 1), run(30, "pass")])
    assert (s.exercise_id, s.started_at) == (FB, 0)
    assert [r.at for r in s.runs] == [10, 30] and [h.at for h in s.hints] == [20]
    assert s.levels_given == (Level.L1,) and s.hint_keys() == {"k20"}
    assert s.test_state is State.PASSING and s.failed_runs == 1


def test_a_new_exercise_started_resets_the_attempt():
    s = PairingSession.replay(WS, [started(0), run(10), hint(20, 3),
                                   ExerciseCompleted(WS, FB, 30), started(100, LY)])
    assert (s.exercise_id, s.started_at, s.completed_at) == (LY, 100, None)
    assert s.runs == [] and s.hints == [] and s.test_state is State.UNKNOWN


def test_restarting_the_same_exercise_also_resets():
    s = PairingSession.replay(WS, [started(0), run(10), hint(20, 2), started(50)])
    assert s.runs == [] and s.hints == [] and s.started_at == 50


def test_events_of_another_exercise_are_ignored():
    s = PairingSession.replay(WS, [started(0), run(10, exercise=LY), hint(20, 2, exercise=LY),
                                   ExerciseCompleted(WS, LY, 30)])
    assert s.runs == [] and s.hints == [] and s.completed_at is None


def test_events_before_any_start_are_ignored():
    s = PairingSession.replay(WS, [run(1), hint(2, 1)])
    assert s.exercise_id is None and s.runs == [] and s.hints == []


def test_the_first_completion_counts():
    s = PairingSession.replay(WS, [started(0), ExerciseCompleted(WS, FB, 40),
                                   ExerciseCompleted(WS, FB, 90)])
    assert s.completed_at == 40


@pytest.mark.parametrize(("status", "state"), [
    ("pass", State.PASSING), ("fail", State.FAILING), ("error", State.BUILD_ERROR),
])
def test_the_last_run_sets_the_test_state(status, state):
    s = PairingSession.replay(WS, [started(0), run(5, "pass"), run(10, status)])
    assert s.test_state is state


def test_situation_counts_failed_runs_since_the_last_hint():
    events = [started(0), run(10), hint(20, 1), run(30), run(40, "pass"), run(50, "error")]
    sit = PairingSession.replay(WS, events).situation(Intent.HINT, now=80, skill=0.4,
                                                      hint_dependency=0.2)
    assert (sit.failed_runs, sit.failed_runs_since_last_hint) == (3, 2)
    assert sit.seconds_since_last_hint == 60 and sit.seconds_since_last_strong_hint is None
    assert (sit.intent, sit.skill, sit.hint_dependency) == (Intent.HINT, 0.4, 0.2)
    assert sit.test_state is State.BUILD_ERROR and sit.levels_given == (Level.L1,)


def test_situation_without_hints_has_no_time_since_and_no_runs_since():
    sit = PairingSession.replay(WS, [started(0), run(10), run(20)]).situation(Intent.STUCK, 99)
    assert sit.failed_runs == 2 and sit.failed_runs_since_last_hint == 0
    assert sit.seconds_since_last_hint is None and sit.levels_given == ()


def test_situation_tracks_the_last_strong_hint_separately():
    events = [started(0), hint(10, 3), hint(20, 4), hint(30, 1), run(40)]
    sit = PairingSession.replay(WS, events).situation(Intent.HINT, now=100)
    assert sit.seconds_since_last_hint == 70
    assert sit.seconds_since_last_strong_hint == 80
    assert sit.failed_runs_since_last_hint == 1


def test_situation_never_reports_negative_seconds():
    sit = PairingSession.replay(WS, [started(0), hint(50, 3)]).situation(Intent.HINT, now=40)
    assert sit.seconds_since_last_hint == 0.0 and sit.seconds_since_last_strong_hint == 0.0


def test_events_survive_their_stored_form():
    event = ExerciseCompleted(WS, FB, 12.5, seconds_to_green=7, hint_levels=(1, 2),
                              concepts=("modulo",))
    payload = {k: list(v) if isinstance(v, tuple) else v for k, v in event.payload().items()}
    rebuilt = event_from_row(event.kind, WS, FB, 12.5, {**payload, "unknown": 1})
    assert rebuilt == event


# -- skill.update ---------------------------------------------------------------------------------

probability = st.floats(min_value=0, max_value=1, allow_nan=False)
help_levels = st.sampled_from([None, *Level])


def test_success_raises_and_failure_lowers_from_the_prior():
    assert update(P_INIT, True) > P_INIT
    assert update(P_INIT, False) < P_INIT


def test_help_weighted_success_raises_less_than_unaided():
    unaided, after_l1, after_l3 = (update(P_INIT, True, h) for h in (None, Level.L1, Level.L3))
    assert unaided > after_l1 > after_l3 > P_INIT
    assert update(P_INIT, True, Level.L5) == P_INIT  # a pass after the full solution proves nothing


def test_a_failure_counts_fully_whatever_the_help():
    assert update(0.6, False, Level.L5) == update(0.6, False) < 0.6


@PROPERTY
@given(probability, st.booleans(), help_levels)
def test_update_stays_a_probability(p, correct, help_level):
    assert 0.0 <= update(p, correct, help_level) <= 1.0


@PROPERTY
@given(st.lists(st.tuples(st.booleans(), help_levels), max_size=40))
def test_any_history_of_updates_stays_a_probability(history):
    p = P_INIT
    for correct, help_level in history:
        p = update(p, correct, help_level)
        assert 0.0 <= p <= 1.0


@PROPERTY
@given(probability, help_levels)
def test_success_never_lowers_and_more_help_counts_for_less(p, help_level):
    assert update(p, True, help_level) >= p
    assert update(p, True, help_level) <= update(p, True)
    assert update(p, True) >= update(p, False)
    if help_level is not None and help_level > Level.L0:
        lighter = Level(help_level - 1)
        assert update(p, True, help_level) <= update(p, True, lighter)


@PROPERTY
@given(st.floats(min_value=P_INIT, max_value=1, exclude_max=True, allow_nan=False))
def test_failure_lowers_any_estimate_from_the_prior_up(p):
    assert update(p, False) < p


@PROPERTY
@given(probability)
def test_failure_raises_a_low_estimate_by_at_most_the_learning_rate(p):
    # BKT's learning step means a failure from below ~0.17 still moves the estimate up a little.
    assert update(p, False) <= p + P_LEARN


def test_help_weights_fall_with_the_level():
    weights = [HELP_WEIGHT[None], *(HELP_WEIGHT[lv] for lv in Level)]
    assert weights == sorted(weights, reverse=True) and weights[0] == 1.0 and weights[-1] == 0.0


# -- mean_skill, hint_weight, hint_dependency --------------------------------------------------

def test_mean_skill_averages_only_known_concepts():
    skills = {"modulo": 0.8, "loops": 0.4}
    assert mean_skill(skills, ["modulo", "loops", "recursion"]) == pytest.approx(0.6)
    assert mean_skill(skills, ["recursion"]) is None


def test_hint_weight_grows_with_the_level():
    assert [hint_weight(lv) for lv in Level] == [1, 2, 3, 4, 5, 6]


def test_hint_dependency_examples():
    assert hint_dependency([]) == 0.0
    assert hint_dependency([0, 0]) == 0.0
    assert hint_dependency([1 + 2 + 3]) == 1.0  # an L0, L1 and L2 on the one exercise
    assert hint_dependency([6, 0]) == 0.5
    assert hint_dependency([6 * 4]) == 1.0  # capped


@PROPERTY
@given(st.lists(st.integers(min_value=0, max_value=60), max_size=30))
def test_hint_dependency_is_between_zero_and_one(weights):
    value = hint_dependency(weights)
    assert 0.0 <= value <= 1.0
    assert hint_dependency([*weights, 0]) <= value or not weights
