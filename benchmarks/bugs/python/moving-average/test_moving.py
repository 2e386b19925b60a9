from moving import moving_average


def test_empty():
    assert moving_average([], 3) == []


def test_window_longer_than_values():
    assert moving_average([1, 2], 3) == []


def test_pairs():
    result = moving_average([1, 3, 5, 7], 2)
    expected = [2.0, 4.0, 6.0]
    assert result == expected


def test_window_equals_length():
    result = moving_average([2, 4, 6], 3)
    expected = [4.0]
    assert result == expected
