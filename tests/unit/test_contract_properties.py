"""Property-based tests: Learning Contract invariants over every situation, track and request."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from temper.core.contract import (
    BASE_LEVEL,
    CLIMB_AFTER_SECONDS,
    EARNED_FAILED_RUNS,
    EARNED_HINTS,
    HIGH_DEPENDENCY,
    MIN_JUSTIFICATION,
    TRACKS,
    WEAK_SKILL,
    Intent,
    Request,
    Situation,
    Track,
    ladder,
    select_level,
)
from temper.core.contract import TestState as State  # aliased so pytest does not collect it
from temper.core.levels import AUTOMATIC_MAX, Level

# No example database: a failure prints its shrunk example, nothing is stored between runs.
PROPERTY = settings(database=None, max_examples=400, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

seconds = st.none() | st.floats(min_value=0, max_value=1000, allow_nan=False)
unit = st.floats(min_value=0, max_value=1, allow_nan=False)

situations = st.builds(
    Situation,
    intent=st.sampled_from(Intent),
    test_state=st.sampled_from(State),
    skill=st.none() | unit,
    failed_runs=st.integers(0, 8),
    failed_runs_since_last_hint=st.integers(0, 4),
    seconds_since_last_hint=seconds,
    seconds_since_last_strong_hint=seconds,
    hint_dependency=unit,
    levels_given=st.lists(st.sampled_from(Level), max_size=6).map(tuple),
)
# Learners who have done the work for L4/L5, so the gates beyond "earned" are exercised often.
earned_situations = st.builds(
    Situation,
    intent=st.sampled_from(Intent),
    test_state=st.sampled_from(State),
    failed_runs=st.integers(EARNED_FAILED_RUNS, 8),
    seconds_since_last_strong_hint=st.none() | st.floats(0, 300, allow_nan=False),
    levels_given=st.lists(st.sampled_from(Level), min_size=EARNED_HINTS, max_size=6).map(tuple),
)
any_situation = situations | earned_situations
tracks = st.sampled_from(list(TRACKS.values()))
justifications = st.one_of(
    st.just(""), st.text(max_size=2 * MIN_JUSTIFICATION),
    st.just("   short   "), st.just("I reordered the checks and 15 still fails"),
    st.just(" " * MIN_JUSTIFICATION), st.just("x" * MIN_JUSTIFICATION),
)
requests = st.none() | st.builds(Request, level=st.none() | st.sampled_from(Level),
                                 justification=justifications)


def _earned(s: Situation) -> bool:
    lower = sum(1 for g in s.levels_given if g < Level.L4)
    return lower >= EARNED_HINTS and s.failed_runs >= EARNED_FAILED_RUNS


def _effort(s: Situation) -> bool:
    """Evidence of work since the last hint, as the contract counts it."""
    leaning = s.hint_dependency > HIGH_DEPENDENCY
    since = s.seconds_since_last_hint
    waited = since is not None and since >= CLIMB_AFTER_SECONDS
    return bool(s.failed_runs_since_last_hint) or (
        not leaning and (s.intent is Intent.STUCK or waited))


def _cooling(s: Situation, track: Track) -> bool:
    since = s.seconds_since_last_strong_hint
    return since is not None and since < track.cooldown_seconds


@PROPERTY
@given(any_situation, tracks, requests)
def test_track_maximum_holds_except_an_earned_l5(s: Situation, track: Track, req: Request | None):
    d = select_level(s, track, req)
    if d.level > track.max_level:
        assert req is not None and req.level is Level.L5 and d.level is Level.L5
        assert track.name != "interview-prep"
        assert _earned(s) and not _cooling(s, track)
        assert len(req.justification.strip()) >= MIN_JUSTIFICATION


@PROPERTY
@given(any_situation, requests, justifications)
def test_interview_prep_never_delivers_l5(s: Situation, req: Request | None, why: str):
    interview = TRACKS["interview-prep"]
    assert select_level(s, interview, req).level is not Level.L5
    assert select_level(s, interview, Request(Level.L5, why)).level is not Level.L5


@PROPERTY
@given(any_situation, tracks)
def test_automatic_level_is_at_most_l3_and_the_track(s: Situation, track: Track):
    d = select_level(s, track)
    assert d.level == d.offered
    assert d.level <= min(AUTOMATIC_MAX, track.max_level)
    assert d.level not in (Level.L4, Level.L5)


@PROPERTY
@given(any_situation, tracks)
def test_automatic_l3_only_after_an_l2_or_higher(s: Situation, track: Track):
    if select_level(s, track).level >= Level.L3:
        assert s.levels_given and max(s.levels_given) >= Level.L2


@PROPERTY
@given(any_situation, tracks)
def test_automatic_level_climbs_at_most_one_rung(s: Situation, track: Track):
    """With hints given: at most max(intent base, highest given + 1), and + 1 only with effort.
    Without: at most L2, and above the intent's base only for a weak learner with failed runs
    (one rung) or a build error."""
    level = select_level(s, track).level
    base = BASE_LEVEL[s.intent]
    if s.levels_given:
        top = max(s.levels_given)
        assert level <= max(base, min(top + (1 if _effort(s) else 0), AUTOMATIC_MAX))
    else:
        assert level <= Level.L2
        if s.test_state is not State.BUILD_ERROR:
            assert level <= base + 1
            if level > base:
                assert s.skill is not None and s.skill < WEAK_SKILL and s.failed_runs >= 2


@PROPERTY
@given(any_situation, tracks)
def test_automatic_level_does_not_fall_below_the_last_rung_without_a_reason(s, track):
    if s.levels_given and s.test_state is not State.PASSING:
        floor = min(max(s.levels_given), AUTOMATIC_MAX, track.max_level)
        if _cooling(s, track):
            floor = min(floor, Level.L2)
        assert select_level(s, track).level >= floor


@PROPERTY
@given(any_situation, tracks, st.sampled_from(Level), justifications)
def test_a_request_at_or_below_the_offer_is_granted_exactly(s, track, wanted, why):
    offered = select_level(s, track).level
    d = select_level(s, track, Request(wanted, why))
    if wanted <= offered:
        assert d.level == wanted and d.offered == offered
    else:
        assert d.level in (wanted, offered)


@PROPERTY
@given(any_situation, tracks, st.sampled_from([Level.L4, Level.L5]), justifications)
def test_l4_and_l5_need_hints_runs_and_a_reason(s, track, wanted, why):
    d = select_level(s, track, Request(wanted, why))
    if d.level == wanted:
        assert _earned(s) and not _cooling(s, track)
        assert len(why.strip()) >= MIN_JUSTIFICATION
    else:
        assert d.level == d.offered <= AUTOMATIC_MAX


@PROPERTY
@given(any_situation, tracks, requests)
def test_no_strong_hint_during_the_cooldown(s: Situation, track: Track, req: Request | None):
    if _cooling(s, track):
        assert select_level(s, track, req).level <= Level.L2


@PROPERTY
@given(any_situation, tracks, requests)
def test_the_rationale_is_never_empty(s: Situation, track: Track, req: Request | None):
    d = select_level(s, track, req)
    assert d.rationale and all(part.strip() for part in d.rationale)
    assert d.reason.strip()


@PROPERTY
@given(any_situation, tracks)
def test_ladder_agrees_with_select_level(s: Situation, track: Track):
    offered, gates = ladder(s, track)
    assert offered == select_level(s, track).level
    assert set(gates) == set(Level)
    for lv, closed in gates.items():
        d = select_level(s, track, Request(lv, "x" * MIN_JUSTIFICATION))
        if closed is None:
            assert d.level == lv, f"ladder says {lv.label} is open but it was refused"
        else:
            assert closed.strip() and d.level == offered != lv
        if lv <= AUTOMATIC_MAX:
            assert (closed is None) == (lv <= offered)


_PROMISE = re.compile(r"(?:another at|climb to) (L\d)")
_EXPLAINED = ("track allows", "cool down", "tests all pass")


@PROPERTY
@example(Situation(levels_given=(Level.L1, Level.L4)), TRACKS["beginner"])  # once promised L4
@given(any_situation, tracks)
def test_the_rationale_names_the_level_delivered_or_says_why_not(s: Situation, track: Track):
    d = select_level(s, track)
    first = d.rationale[0]
    promised = _PROMISE.search(first)
    if promised and promised.group(1) != f"L{int(d.level)}":
        later = " ".join(d.rationale[1:])
        assert any(reason in later for reason in _EXPLAINED), d.rationale
