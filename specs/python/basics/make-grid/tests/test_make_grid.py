import pytest

from make_grid import make_grid


def test_the_grid_has_the_right_shape_and_values():
    assert make_grid(2, 3, ".") == [[".", ".", "."], [".", ".", "."]]


def test_changing_one_cell_changes_only_that_cell():
    grid = make_grid(3, 3, 0)
    grid[0][1] = 5
    assert grid == [[0, 5, 0], [0, 0, 0], [0, 0, 0]]


def test_every_row_is_its_own_list():
    grid = make_grid(3, 2, None)
    assert grid[0] is not grid[1] and grid[1] is not grid[2]


def test_zero_rows():
    assert make_grid(0, 4, ".") == []


def test_zero_columns():
    assert make_grid(2, 0, ".") == [[], []]


def test_a_negative_size_is_an_error():
    with pytest.raises(ValueError):
        make_grid(-1, 2, ".")
    with pytest.raises(ValueError):
        make_grid(2, -1, ".")
