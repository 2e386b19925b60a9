def is_palindrome(text):
    """True when text reads the same backwards, ignoring case, spaces and punctuation."""
    return text == text[::-1]
