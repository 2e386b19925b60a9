from sum_of_multiples import sum_of_multiples


def test_nothing_below_one():
    assert sum_of_multiples(1) == 0


def test_only_three():
    assert sum_of_multiples(4) == 3


def test_limit_is_excluded():
    assert sum_of_multiples(10) == 23


def test_common_multiple_counted_once():
    assert sum_of_multiples(16) == 60


def test_larger_limit():
    assert sum_of_multiples(1000) == 233168
