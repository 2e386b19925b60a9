from matrix import transpose


def test_empty():
    assert transpose([]) == []


def test_single_column_becomes_row():
    result = transpose([[1], [2], [3]])
    expected = [[1, 2, 3]]
    assert result == expected


def test_square():
    result = transpose([[1, 2], [3, 4]])
    expected = [[1, 3], [2, 4]]
    assert result == expected


def test_row_becomes_column():
    result = transpose([[1, 2, 3]])
    expected = [[1], [2], [3]]
    assert result == expected
