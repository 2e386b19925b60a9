from reverse_words import reverse_words


def test_two_words():
    assert reverse_words("hello world") == "world hello"


def test_single_word():
    assert reverse_words("hello") == "hello"


def test_letters_are_not_reversed():
    assert reverse_words("a bc def") == "def bc a"


def test_extra_spaces_disappear():
    assert reverse_words("  the  quick brown  ") == "brown quick the"


def test_empty_sentence():
    assert reverse_words("") == ""
