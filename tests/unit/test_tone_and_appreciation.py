"""Coach tone (a state machine that decays) and appreciation (evidence, throttled)."""

from __future__ import annotations

from temper.core.appreciation import moments
from temper.core.events import ExerciseCompleted, HintGiven, RunRecorded
from temper.core.tone import HOLD_SECONDS, Tone, current_tone, voiced

WS, EX = "/ws", "python/basics/fizzbuzz"


def run(at: float, status: str = "fail") -> RunRecorded:
    return RunRecorded(WS, EX, at, status=status)


def test_neutral_without_history():
    assert current_tone([], 100.0)[0] is Tone.NEUTRAL


def test_three_failures_in_a_row_encourage_and_a_pass_resets_the_count():
    assert current_tone([run(1), run(2), run(3)], 4)[0] is Tone.ENCOURAGING
    assert current_tone([run(1), run(2), run(3, "pass"), run(4)], 5)[0] is Tone.NEUTRAL


def test_a_completion_celebrates_and_the_mood_decays_back():
    done = [ExerciseCompleted(WS, EX, 10.0)]
    assert current_tone(done, 20.0)[0] is Tone.CELEBRATING
    tone, why = current_tone(done, 10.0 + HOLD_SECONDS[Tone.CELEBRATING] + 1)
    assert tone is Tone.NEUTRAL and "worn off" in why


def test_asking_again_without_a_run_challenges_and_so_does_high_dependency():
    hints = [run(1), HintGiven(WS, EX, 2.0, level=1)]
    assert current_tone(hints, 3)[0] is Tone.CHALLENGING
    assert current_tone([run(1)], 2, dependency=0.9)[0] is Tone.CHALLENGING


def test_the_latest_trigger_wins():
    events = [run(1), run(2), run(3), ExerciseCompleted(WS, EX, 4.0)]
    assert current_tone(events, 5)[0] is Tone.CELEBRATING


def test_voiced_adds_an_opener_only_when_not_neutral():
    assert voiced(Tone.NEUTRAL, "Look at line 3.") == "Look at line 3."
    assert voiced(Tone.ENCOURAGING, "Look at line 3.").endswith(" Look at line 3.")


def _moments(**overrides):
    base = dict(runs=3, hints=1, concepts=["modulo"], before={"modulo": 0.5},
                after={"modulo": 0.6}, dependency_before=0.3, dependency_after=0.3,
                recent_kinds=set())
    return moments(**{**base, **overrides})


def test_first_try_and_no_hints_cite_the_evidence():
    assert [m.kind for m in _moments(runs=1, hints=0)] == ["first-try"]
    [moment] = _moments(runs=4, hints=0)
    assert moment.kind == "no-hints" and "in 4 runs" in moment.text


def test_mastery_and_less_help_are_noticed():
    found = _moments(after={"modulo": 0.85}, dependency_after=0.1)
    assert [m.kind for m in found] == ["mastered:modulo", "less-help"]
    assert "0.85" in found[0].text and "0.30 → 0.10" in found[1].text


def test_throttled_kinds_are_not_repeated_and_at_most_two_are_shown():
    assert _moments(runs=1, hints=0, recent_kinds={"first-try"}) == []
    many = _moments(runs=1, hints=0, after={"modulo": 0.9}, dependency_after=0.0)
    assert len(many) == 2


def test_running_the_tests_after_a_challenge_settles_the_tone():
    events = [run(1), HintGiven(WS, EX, 2.0, level=0), HintGiven(WS, EX, 3.0, level=0), run(4)]
    tone, why = current_tone(events, 5)
    assert tone is Tone.NEUTRAL and "ran the tests" in why
