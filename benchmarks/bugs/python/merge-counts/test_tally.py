from tally import merge_counts, total


def test_merge():
    result = merge_counts({"a": 1}, {"a": 2, "b": 1})
    assert result == {"a": 3, "b": 1}


def test_total():
    assert total({"x": 2, "y": 5}) == 7


def test_first_is_unchanged():
    first = {"apples": 2}
    merge_counts(first, {"apples": 1, "pears": 4})
    assert first == {"apples": 2}


def test_merge_twice_from_same_base():
    base = {"k": 1}
    one = merge_counts(base, {"k": 1})
    two = merge_counts(base, {"k": 5})
    assert (one, two) == ({"k": 2}, {"k": 6})
