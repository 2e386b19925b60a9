from flatten import flatten


def test_an_already_flat_list():
    assert flatten([1, 2, 3]) == [1, 2, 3]


def test_one_level_of_nesting():
    assert flatten([1, [2, 3], 4]) == [1, 2, 3, 4]


def test_deep_nesting():
    assert flatten([1, [2, [3, [4, [5]]]]]) == [1, 2, 3, 4, 5]


def test_empty_lists_disappear():
    assert flatten([[], [[]], [[], [1]]]) == [1]


def test_text_and_tuples_stay_whole():
    assert flatten(["ab", ["cd"], (1, 2)]) == ["ab", "cd", (1, 2)]


def test_the_input_is_not_changed():
    nested = [1, [2, [3]]]
    flatten(nested)
    assert nested == [1, [2, [3]]]


def test_very_deep_nesting():
    nested = [0]
    for depth in range(1, 200):
        nested = [nested, depth]
    assert flatten(nested) == list(range(200))
