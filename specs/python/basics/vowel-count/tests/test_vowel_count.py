from vowel_count import count_vowels


def test_lowercase_word():
    assert count_vowels("hello") == 2


def test_empty_text():
    assert count_vowels("") == 0


def test_no_vowels_and_y_does_not_count():
    assert count_vowels("rhythm sky") == 0


def test_capital_vowels():
    assert count_vowels("AEIOU") == 5


def test_mixed_case_sentence():
    assert count_vowels("Programming Is Fun") == 5
