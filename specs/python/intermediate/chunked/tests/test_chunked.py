import itertools

import pytest

from chunked import chunked


def test_the_last_chunk_may_be_shorter():
    assert list(chunked([1, 2, 3, 4, 5], 2)) == [[1, 2], [3, 4], [5]]


def test_chunks_that_fit_exactly_are_all_separate_lists():
    assert list(chunked(range(4), 2)) == [[0, 1], [2, 3]]


def test_chunks_are_lists_even_for_text():
    assert list(chunked("abc", 3)) == [["a", "b", "c"]]


def test_works_on_a_generator():
    squares = (n * n for n in range(5))
    assert list(chunked(squares, 2)) == [[0, 1], [4, 9], [16]]


def test_is_lazy_on_an_endless_iterable():
    chunks = chunked(itertools.count(), 3)
    assert next(chunks) == [0, 1, 2]
    assert next(chunks) == [3, 4, 5]


def test_nothing_in_nothing_out():
    assert list(chunked([], 3)) == []


def test_a_size_below_one_is_an_error():
    with pytest.raises(ValueError):
        list(chunked([1, 2], 0))
