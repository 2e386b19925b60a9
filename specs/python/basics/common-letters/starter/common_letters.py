def common_letters(first, second):
    """Return the sorted lowercase letters found in both texts, each once."""
    return [char for char in first if char in second]
