from calendar_days import day_of_year, days_in_month


def test_first_of_january():
    assert day_of_year(2023, 1, 1) == 1


def test_common_year_march():
    assert day_of_year(2023, 3, 1) == 60


def test_leap_year_march():
    assert day_of_year(2024, 3, 1) == 61


def test_century_is_not_leap():
    assert days_in_month(1900, 2) == 28


def test_year_2000_is_leap():
    assert day_of_year(2000, 12, 31) == 366
