from orders import line_price, order_total


def test_plain_item():
    assert line_price({"price": 2.5, "qty": 2}) == 5.0


def test_empty_order():
    assert order_total([]) == 0


def test_item_with_extras():
    item = {"price": 4.0, "qty": 2, "extras": [{"price": 0.5}, {"price": 1.0}]}
    assert line_price(item) == 11.0


def test_order_mixing_plain_and_extras():
    order = [{"price": 1.0, "qty": 3}, {"price": 2.0, "qty": 1, "extras": [{"price": 0.25}]}]
    assert order_total(order) == 5.25
