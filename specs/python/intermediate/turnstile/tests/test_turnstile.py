import pytest

from turnstile import run_turnstile


def test_nothing_happens_without_events():
    assert run_turnstile([]) == ("locked", 0, 0)


def test_a_coin_then_a_push_lets_one_person_through():
    assert run_turnstile(["coin", "push"]) == ("locked", 1, 1)


def test_pushing_a_locked_turnstile_does_nothing():
    assert run_turnstile(["push", "push"]) == ("locked", 0, 0)


def test_a_second_coin_is_given_back():
    assert run_turnstile(["coin", "coin"]) == ("unlocked", 1, 0)


def test_starting_unlocked():
    assert run_turnstile(["push"], state="unlocked") == ("locked", 0, 1)


def test_a_busy_morning():
    events = ["coin", "push"] * 50 + ["push", "coin"]
    assert run_turnstile(events) == ("unlocked", 51, 50)


def test_an_unknown_event_is_an_error_that_names_it():
    with pytest.raises(ValueError, match="kick"):
        run_turnstile(["coin", "kick"])


def test_an_unknown_starting_state_is_an_error():
    with pytest.raises(ValueError):
        run_turnstile([], state="broken")
