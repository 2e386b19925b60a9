import pytest

from parse_duration import parse_duration


def test_hours_and_minutes():
    assert parse_duration("1h30m") == 5400


def test_all_three_parts_with_spaces():
    assert parse_duration("2h 5m 10s") == 7510


def test_a_single_part():
    assert parse_duration("45s") == 45
    assert parse_duration("3h") == 10800


def test_minutes_may_exceed_sixty():
    assert parse_duration("90m") == 5400


def test_zero_and_surrounding_spaces():
    assert parse_duration("  0s ") == 0


@pytest.mark.parametrize("text", ["", "   ", "1h30", "15", "5x", "m", "-5s"])
def test_malformed_text_is_an_error(text):
    with pytest.raises(ValueError):
        parse_duration(text)


def test_units_out_of_order_or_twice_are_errors():
    with pytest.raises(ValueError):
        parse_duration("5m 1h")
    with pytest.raises(ValueError):
        parse_duration("1m 2m")
