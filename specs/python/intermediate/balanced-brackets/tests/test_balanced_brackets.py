from balanced_brackets import is_balanced


def test_empty_text():
    assert is_balanced("") is True


def test_nested_and_mixed():
    assert is_balanced("([]{})") is True
    assert is_balanced("f(x[0]) + {y}") is True


def test_wrong_kind():
    assert is_balanced("(]") is False


def test_wrong_order():
    assert is_balanced("([)]") is False


def test_closes_before_it_opens():
    assert is_balanced(")(") is False


def test_left_open():
    assert is_balanced("{[(") is False
