from report import summary
from stats import median


def test_median_odd():
    assert median([3, 1, 2]) == 2


def test_median_even():
    assert median([1, 2, 3, 4]) == 2.5


def test_summary_round_average():
    result = summary([80, 90])
    expected = {"count": 2, "average": 85, "median": 85.0, "best": 90}
    assert result == expected


def test_summary_fractional_average():
    result = summary([70, 85, 90])
    expected = {"count": 3, "average": 245 / 3, "median": 85, "best": 90}
    assert result == expected
