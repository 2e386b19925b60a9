from evens import collect_evens, sum_evens


def test_first_call():
    assert collect_evens([1, 2, 3, 4]) == [2, 4]


def test_second_call_starts_fresh():
    assert collect_evens([6, 7]) == [6]


def test_explicit_list_is_extended():
    assert collect_evens([8], [0]) == [0, 8]


def test_sum():
    assert sum_evens([10, 11, 12]) == 22
