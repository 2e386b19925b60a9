from vowels import strip_vowels


def test_empty():
    assert strip_vowels("") == ""


def test_no_vowels():
    assert strip_vowels("rhythm") == "rhythm"


def test_word():
    assert strip_vowels("banana") == "bnn"


def test_capitals():
    assert strip_vowels("Oak tree") == "k tr"
