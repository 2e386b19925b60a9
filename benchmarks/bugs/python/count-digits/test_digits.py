from digits import count_digits, digit_sum


def test_zero_has_one_digit():
    assert count_digits(0) == 1


def test_digit_sum():
    assert digit_sum(-409) == 13


def test_three_digits():
    assert count_digits(472) == 3


def test_negative():
    assert count_digits(-15) == 2
