"""Example scenarios for the Learning Contract: which level a learner gets, and why, in words."""

from __future__ import annotations

import pytest

from temper.core.contract import TRACKS, Intent, Request, Situation, ladder, select_level
from temper.core.contract import TestState as State  # aliased so pytest does not collect it
from temper.core.levels import Level, parse_level

L0, L1, L2, L3, L4, L5 = Level
BEGINNER, STANDARD = TRACKS["beginner"], TRACKS["standard"]
ADVANCED, INTERVIEW = TRACKS["advanced"], TRACKS["interview-prep"]

#: A learner who has earned L4/L5: three lower hints, three failed runs, no recent strong hint.
EARNED = Situation(intent=Intent.STUCK, test_state=State.FAILING, failed_runs=3,
                   levels_given=(L1, L2, L3), seconds_since_last_hint=10,
                   seconds_since_last_strong_hint=600)
REASON = "I reordered the checks but fizzbuzz(15) still returns Fizz"


def pick(track=STANDARD, request=None, **evidence):
    return select_level(Situation(**evidence), track, request)


@pytest.mark.parametrize(("intent", "level"), [
    (Intent.QUESTION, L0), (Intent.HINT, L1), (Intent.REVIEW, L1),
    (Intent.EXPLAIN, L2), (Intent.STUCK, L2),
])
def test_first_hint_starts_at_the_intents_rung(intent, level):
    d = pick(intent=intent)
    assert d.level == level
    assert f"starts at {level.label}" in d.reason


def test_a_failed_run_after_a_hint_climbs_one_rung():
    d = pick(levels_given=(L1,), failed_runs=1, failed_runs_since_last_hint=1)
    assert d.level == L2
    assert "still fail" in d.reason and "so we climb to L2" in d.reason


def test_long_work_since_the_last_hint_also_climbs():
    d = pick(levels_given=(L1,), seconds_since_last_hint=300)
    assert d.level == L2
    assert "worked on it for 5 min" in d.reason


def test_saying_stuck_after_a_hint_climbs_one_rung():
    d = pick(intent=Intent.STUCK, levels_given=(L2,))
    assert d.level == L3
    assert "you said you are stuck" in d.reason


def test_nothing_tried_since_the_last_hint_stays_on_the_same_rung():
    d = pick(levels_given=(L1,), seconds_since_last_hint=20)
    assert d.level == L1
    assert "another at the same rung to try" in d.reason
    assert "climb" not in d.reason


def test_l2_then_a_failed_run_reaches_l3_on_the_standard_track():
    assert pick(levels_given=(L1, L2), failed_runs_since_last_hint=1).level == L3


def test_after_an_l4_the_automatic_hint_stays_at_l3_and_says_so():
    d = pick(BEGINNER, levels_given=(L1, L2, L4), seconds_since_last_hint=10)
    assert d.level == L3
    assert "stay at L3 (outline with holes) or below" in d.reason
    assert "another at L4" not in d.reason


@pytest.mark.parametrize("intent", [Intent.QUESTION, Intent.HINT, Intent.STUCK])
def test_passing_tests_get_a_question(intent):
    d = pick(intent=intent, test_state=State.PASSING, levels_given=(L2,),
             failed_runs_since_last_hint=1)
    assert d.level == L0
    assert "tests all pass" in d.reason


def test_a_review_of_passing_code_stays_general():
    d = pick(intent=Intent.EXPLAIN, test_state=State.PASSING)
    assert d.level == L1
    assert "review stays general" in d.reason


def test_a_build_error_points_at_the_place():
    d = pick(intent=Intent.HINT, test_state=State.BUILD_ERROR)
    assert d.level == L2
    assert "syntax or import error" in d.reason


def test_strong_skill_lowers_the_first_hint():
    assert pick(intent=Intent.HINT, skill=0.5).level == L1
    d = pick(intent=Intent.HINT, skill=0.9)
    assert d.level == L0
    assert "know this exercise's concepts well" in d.reason
    assert pick(intent=Intent.QUESTION, skill=0.9).level == L0  # nothing below L0


def test_weak_skill_and_failed_runs_give_a_little_more_help():
    assert pick(intent=Intent.HINT, skill=0.1, failed_runs=1).level == L1
    d = pick(intent=Intent.HINT, skill=0.1, failed_runs=2)
    assert d.level == L2
    assert "new to you" in d.reason


def test_high_dependency_starts_one_rung_lower():
    d = pick(intent=Intent.STUCK, hint_dependency=0.7)
    assert d.level == L1
    assert "leaned on hints" in d.reason


def test_high_dependency_requires_a_run_before_climbing():
    waited = pick(levels_given=(L1,), seconds_since_last_hint=600, hint_dependency=0.7)
    assert waited.level == L1
    assert "opens after you run the tests" in waited.reason
    stuck = pick(intent=Intent.STUCK, levels_given=(L2,), hint_dependency=0.7)
    assert stuck.level == L2
    ran = pick(levels_given=(L1,), failed_runs_since_last_hint=1, hint_dependency=0.7)
    assert ran.level == L2


def test_cooldown_drops_l3_to_l2():
    evidence = dict(levels_given=(L2, L3), failed_runs_since_last_hint=1)
    cooling = pick(seconds_since_last_strong_hint=59, **evidence)
    assert cooling.level == L2
    assert "cool down for 60 s" in cooling.reason and "59 s ago" in cooling.reason
    assert pick(seconds_since_last_strong_hint=60, **evidence).level == L3


def test_the_advanced_track_clamps_to_l1():
    d = pick(ADVANCED, intent=Intent.STUCK)
    assert d.level == L1
    assert "advanced track allows at most L1" in d.reason


def test_the_interview_prep_track_clamps_to_l2():
    d = pick(INTERVIEW, levels_given=(L2,), failed_runs_since_last_hint=1)
    assert d.level == L2
    assert "interview-prep track allows at most L2" in d.reason


def test_asking_for_less_help_is_always_fine():
    d = pick(request=Request(L0), intent=Intent.STUCK)
    assert (d.level, d.offered) == (L0, L2)
    assert "always fine" in d.reason


def test_asking_for_a_higher_automatic_rung_means_one_rung_at_a_time():
    d = pick(request=Request(L3, REASON), intent=Intent.HINT)
    assert d.level == L1
    assert "One rung at a time" in d.reason and "Here is L1 instead" in d.reason


def test_l4_is_refused_without_a_reason_on_the_beginner_track():
    for reason in ("", "  help me  "):
        d = select_level(EARNED, BEGINNER, Request(L4, reason))
        assert d.level == d.offered == L3
        assert "needs your reason" in d.reason


def test_l4_is_granted_with_a_reason_on_the_beginner_track():
    d = select_level(EARNED, BEGINNER, Request(L4, REASON))
    assert (d.level, d.offered) == (L4, L3)
    assert "have earned it" in d.reason


def test_l4_is_refused_before_it_is_earned():
    early = Situation(intent=Intent.STUCK, failed_runs=2, levels_given=(L1, L2))
    d = select_level(early, BEGINNER, Request(L4, REASON))
    assert d.level == L3
    assert "opens after 2 lower-level hints and 3 failed runs" in d.reason
    assert "you have 2 and 2" in d.reason


def test_l4_is_refused_during_the_cooldown():
    cooling = Situation(**{**EARNED.__dict__, "seconds_since_last_strong_hint": 10})
    d = select_level(cooling, BEGINNER, Request(L4, REASON))
    assert d.level == L2
    assert "cool down for 30 s; wait another 20 s" in d.reason


def test_l4_is_refused_above_the_standard_tracks_maximum():
    d = select_level(EARNED, STANDARD, Request(L4, REASON))
    assert d.level == L3
    assert "standard track allows at most L3" in d.reason


def test_l5_is_refused_on_interview_prep():
    d = select_level(EARNED, INTERVIEW, Request(L5, REASON))
    assert d.level == L2
    assert "never shows a full solution" in d.reason


def test_an_earned_l5_is_granted_on_the_beginner_track():
    assert select_level(EARNED, BEGINNER, Request(L5, REASON)).level == L5


def test_ladder_marks_open_and_closed_rungs():
    offered, gates = ladder(EARNED, BEGINNER)
    assert offered == L3
    assert [lv for lv, why in gates.items() if why is None] == [L0, L1, L2, L3, L4, L5]
    offered, gates = ladder(Situation(), STANDARD)
    assert offered == L1
    assert gates[L0] is None and gates[L1] is None
    assert "One rung at a time" in gates[L2]
    assert "standard track allows at most L3" in gates[L4]
    assert "opens after 2 lower-level hints" in gates[L5]


@pytest.mark.parametrize(("value", "level"), [(2, L2), ("2", L2), ("L3", L3), (" l5 ", L5)])
def test_parse_level_accepts_the_usual_spellings(value, level):
    assert parse_level(value) is level


@pytest.mark.parametrize("value", [6, "-1", "L", "level 2", None])
def test_parse_level_refuses_anything_else(value):
    with pytest.raises(ValueError, match="L0 to L5"):
        parse_level(value)
