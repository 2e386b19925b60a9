from palindrome import is_palindrome


def test_a_simple_palindrome():
    assert is_palindrome("racecar") is True


def test_a_word_that_is_not_a_palindrome():
    assert is_palindrome("hello") is False


def test_capital_letters_do_not_matter():
    assert is_palindrome("Racecar") is True


def test_spaces_are_ignored():
    assert is_palindrome("never odd or even") is True


def test_punctuation_is_ignored():
    assert is_palindrome("A man, a plan, a canal: Panama!") is True


def test_digits_count():
    assert is_palindrome("12321") is True
    assert is_palindrome("12345") is False


def test_empty_text_and_single_letter_are_palindromes():
    assert is_palindrome("") is True
    assert is_palindrome("x") is True


def test_two_different_letters_are_not_a_palindrome():
    assert is_palindrome("ab") is False
