import pytest

from climb_stairs import count_ways


def fibonacci(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def test_small_staircases_with_one_or_two_steps():
    assert [count_ways(n) for n in range(1, 6)] == [1, 2, 3, 5, 8]


def test_no_stairs_is_one_way():
    assert count_ways(0) == 1


def test_other_step_sizes():
    assert count_ways(4, steps=(1, 3)) == 3
    assert count_ways(4, steps=(1, 2, 3)) == 7


def test_unreachable_top():
    assert count_ways(3, steps=(2,)) == 0


def test_a_tall_staircase_comes_back_at_once():
    assert count_ways(300) == fibonacci(301)


def test_different_steps_never_share_answers():
    assert count_ways(5, steps=(1, 2)) == 8
    assert count_ways(5, steps=(5,)) == 1
    assert count_ways(5, steps=(1, 2)) == 8


def test_bad_input_is_an_error():
    with pytest.raises(ValueError):
        count_ways(-1)
    with pytest.raises(ValueError):
        count_ways(3, steps=(0, 1))
