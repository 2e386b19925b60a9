from add_unique import add_unique


def test_adds_a_new_item_at_the_end():
    assert add_unique(["milk", "eggs"], "bread") == ["milk", "eggs", "bread"]


def test_does_not_add_a_duplicate():
    assert add_unique(["milk", "eggs"], "milk") == ["milk", "eggs"]


def test_the_original_list_is_unchanged():
    groceries = ["milk", "eggs"]
    add_unique(groceries, "bread")
    assert groceries == ["milk", "eggs"]


def test_the_result_is_a_different_list():
    groceries = ["milk"]
    assert add_unique(groceries, "bread") is not groceries
    assert add_unique(groceries, "milk") is not groceries


def test_changing_the_result_leaves_the_original_alone():
    groceries = ["milk"]
    result = add_unique(groceries, "milk")
    result.append("jam")
    assert groceries == ["milk"]


def test_an_empty_list():
    assert add_unique([], 1) == [1]
