from even_squares import even_squares


def test_keeps_only_the_even_numbers():
    assert even_squares([1, 2, 3, 4]) == [4, 16]


def test_keeps_the_original_order():
    assert even_squares([6, 2, 4]) == [36, 4, 16]


def test_zero_and_negative_even_numbers_count():
    assert even_squares([0, -2, 5]) == [0, 4]


def test_no_even_numbers():
    assert even_squares([1, 3, 5]) == []


def test_an_empty_list():
    assert even_squares([]) == []


def test_the_input_list_is_not_changed():
    numbers = [1, 2, 3]
    even_squares(numbers)
    assert numbers == [1, 2, 3]
