from leap_year import is_leap_year


def test_ordinary_year_is_not_leap():
    assert is_leap_year(2023) is False


def test_divisible_by_four_is_leap():
    assert is_leap_year(2024) is True


def test_century_is_not_leap():
    assert is_leap_year(1900) is False


def test_divisible_by_four_hundred_is_leap():
    assert is_leap_year(2000) is True


def test_another_century():
    assert is_leap_year(2100) is False
