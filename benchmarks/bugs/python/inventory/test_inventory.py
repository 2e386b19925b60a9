import pytest

from inventory import Inventory


def test_add_accumulates():
    inv = Inventory()
    inv.add("apple", 2)
    inv.add("apple", 3)
    assert inv.total() == 5


def test_cannot_remove_more_than_stock():
    inv = Inventory()
    inv.add("pear")
    with pytest.raises(ValueError):
        inv.remove("pear", 2)


def test_partial_remove_keeps_item():
    inv = Inventory()
    inv.add("fig", 4)
    inv.remove("fig", 1)
    result = inv.names()
    assert result == ["fig"]


def test_sold_out_item_disappears():
    inv = Inventory()
    inv.add("kiwi", 2)
    inv.add("plum", 1)
    inv.remove("kiwi", 2)
    result = inv.names()
    expected = ["plum"]
    assert result == expected
