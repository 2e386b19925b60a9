from filters import keep_between, remove_below


def test_nothing_to_remove():
    assert remove_below([5, 6], 3) == [5, 6]


def test_separated_small_values():
    assert remove_below([1, 5, 2, 7], 3) == [5, 7]


def test_adjacent_small_values():
    assert remove_below([1, 2, 5], 3) == [5]


def test_all_small():
    assert remove_below([0, 1, 2], 3) == []


def test_keep_between():
    assert keep_between([1, 4, 9], 2, 9) == [4, 9]
