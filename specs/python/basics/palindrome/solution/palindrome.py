def is_palindrome(text):
    """True when text reads the same backwards, ignoring case, spaces and punctuation."""
    letters = [char.lower() for char in text if char.isalnum()]
    return letters == letters[::-1]
