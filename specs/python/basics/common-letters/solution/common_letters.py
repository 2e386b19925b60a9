def letters_of(text):
    """The distinct letters in text, in lowercase."""
    return {char.lower() for char in text if char.isalpha()}


def common_letters(first, second):
    """Return the sorted lowercase letters found in both texts, each once."""
    return sorted(letters_of(first) & letters_of(second))
