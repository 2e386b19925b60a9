import builtins

import pytest

from largest_number import largest


def test_positive_numbers():
    assert largest([3, 9, 4]) == 9


def test_all_negative_numbers():
    assert largest([-7, -2, -5]) == -2


def test_a_single_number():
    assert largest([42]) == 42


def test_largest_at_either_end():
    assert largest([10, 1, 2]) == 10
    assert largest([1, 2, 10]) == 10


def test_floats_and_ties():
    assert largest([2.5, 7, 7, 1.5]) == 7


def test_an_empty_list_is_an_error():
    with pytest.raises(ValueError):
        largest([])


def test_works_without_the_builtin_max(monkeypatch):
    def forbidden(*args, **kwargs):
        raise AssertionError("write the loop yourself instead of calling max()")

    monkeypatch.setattr(builtins, "max", forbidden)
    assert largest([-3, -1, -2]) == -1
