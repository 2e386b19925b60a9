from brackets import is_balanced


def test_empty_is_balanced():
    assert is_balanced("")


def test_nested():
    assert is_balanced("{[()()]}")


def test_wrong_closer():
    assert not is_balanced("(]")


def test_closer_first():
    assert not is_balanced(")(")


def test_unclosed_opener():
    assert not is_balanced("((")


def test_text_around_brackets():
    assert not is_balanced("f(x[1]")
