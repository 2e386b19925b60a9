import pytest

from countdown import countdown


def test_counts_down_from_three():
    assert countdown(3) == [3, 2, 1, "Liftoff!"]


def test_one_is_included():
    assert 1 in countdown(5)


def test_starting_at_one():
    assert countdown(1) == [1, "Liftoff!"]


def test_starting_at_zero_is_only_liftoff():
    assert countdown(0) == ["Liftoff!"]


def test_the_list_starts_with_start_and_has_every_number():
    result = countdown(10)
    assert result[0] == 10
    assert len(result) == 11


def test_a_negative_start_is_an_error():
    with pytest.raises(ValueError):
        countdown(-1)
