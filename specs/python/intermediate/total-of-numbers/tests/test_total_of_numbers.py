import pytest

from total_of_numbers import total_of_numbers


def test_sums_whole_numbers():
    assert total_of_numbers(["3", "4", "-2"]) == (5, 0)


def test_spaces_around_a_number_are_fine():
    assert total_of_numbers([" 7 ", "1\n"]) == (8, 0)


def test_words_are_skipped_and_counted():
    assert total_of_numbers(["3", "seven", "oops"]) == (3, 2)


def test_decimal_text_is_not_a_whole_number():
    assert total_of_numbers(["2.5", "1"]) == (1, 1)


def test_empty_text_is_skipped():
    assert total_of_numbers([""]) == (0, 1)


def test_no_items():
    assert total_of_numbers([]) == (0, 0)


def test_a_missing_item_is_a_bug_that_is_not_hidden():
    with pytest.raises(TypeError):
        total_of_numbers(["3", None])
