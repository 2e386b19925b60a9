import pytest

from step_range import StepRange


def test_whole_numbers_like_range():
    assert list(StepRange(1, 4)) == [1, 2, 3]
    assert list(StepRange(0, 10, 3)) == [0, 3, 6, 9]


def test_decimal_steps():
    assert list(StepRange(0, 1, 0.25)) == [0, 0.25, 0.5, 0.75]


def test_a_negative_step_counts_down():
    assert list(StepRange(5, 0, -2)) == [5, 3, 1]


def test_it_can_be_looped_over_twice():
    steps = StepRange(1, 4)
    assert list(steps) == [1, 2, 3]
    assert list(steps) == [1, 2, 3]


def test_nested_loops_each_see_every_value():
    steps = StepRange(0, 3)
    assert [(a, b) for a in steps for b in steps] == [
        (a, b) for a in range(3) for b in range(3)]


def test_checking_membership_does_not_use_it_up():
    steps = StepRange(0, 5)
    assert 2 in steps
    assert list(steps) == [0, 1, 2, 3, 4]


def test_length():
    assert len(StepRange(0, 1, 0.25)) == 4
    assert len(StepRange(0, 10, 3)) == 4
    assert len(StepRange(5, 0)) == 0


def test_a_zero_step_is_an_error():
    with pytest.raises(ValueError):
        StepRange(0, 5, 0)
