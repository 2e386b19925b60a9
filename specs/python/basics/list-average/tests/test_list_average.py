from list_average import average


def test_whole_average():
    assert average([2, 4, 6]) == 4


def test_fractional_average():
    assert average([1, 2]) == 1.5


def test_single_number():
    assert average([5]) == 5


def test_negative_numbers():
    assert average([-3, 3, -6]) == -2


def test_empty_list_has_no_average():
    assert average([]) is None
