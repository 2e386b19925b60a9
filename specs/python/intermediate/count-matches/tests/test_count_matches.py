from count_matches import count_equal, count_identical


def test_equal_small_numbers():
    assert count_equal([1, 2, 1, 3], 1) == 2


def test_equal_large_numbers_read_from_text():
    assert count_equal([1000, 2000, 1000], int("1000")) == 2


def test_equal_text_built_at_run_time():
    assert count_equal(["ab", "cd", "ab"], "".join(["a", "b"])) == 2


def test_equal_lists_count_as_equal():
    assert count_equal([[1, 2], [1, 2], [3]], [1, 2]) == 2


def test_identical_counts_only_the_very_same_object():
    shared = [1, 2]
    assert count_identical([shared, [1, 2], shared], shared) == 2


def test_an_equal_copy_is_not_identical():
    original = {"name": "ada"}
    assert count_identical([dict(original)], original) == 0


def test_none_is_one_object():
    assert count_identical([None, 0, None, ""], None) == 2


def test_nothing_to_count():
    assert count_equal([], 1) == 0
    assert count_identical([], None) == 0
