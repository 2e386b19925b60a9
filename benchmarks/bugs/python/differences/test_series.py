from series import differences, is_increasing


def test_no_values():
    assert differences([]) == []


def test_one_value_has_no_pairs():
    assert differences([5]) == []


def test_steps():
    assert differences([1, 4, 9, 16]) == [3, 5, 7]


def test_increasing():
    assert is_increasing([1, 2, 5])


def test_empty_is_increasing():
    assert is_increasing([])
