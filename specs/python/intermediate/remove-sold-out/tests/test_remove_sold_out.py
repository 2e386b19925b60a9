from remove_sold_out import remove_sold_out


def test_sold_out_items_leave_the_dict():
    stock = {"apples": 3, "pears": 0}
    remove_sold_out(stock)
    assert stock == {"apples": 3}


def test_returns_the_removed_names_sorted():
    stock = {"plums": 0, "apples": 0, "kiwis": 2}
    assert remove_sold_out(stock) == ["apples", "plums"]


def test_negative_counts_are_sold_out_too():
    stock = {"pears": -1, "figs": 1}
    assert remove_sold_out(stock) == ["pears"]
    assert stock == {"figs": 1}


def test_the_same_dict_object_is_changed():
    stock = {"pears": 0}
    before = stock
    remove_sold_out(stock)
    assert stock is before and stock == {}


def test_nothing_sold_out():
    stock = {"apples": 1}
    assert remove_sold_out(stock) == []
    assert stock == {"apples": 1}


def test_an_empty_shop():
    assert remove_sold_out({}) == []


def test_many_sold_out_items_in_a_row():
    stock = {f"item{n}": 0 for n in range(10)}
    assert len(remove_sold_out(stock)) == 10
    assert stock == {}
