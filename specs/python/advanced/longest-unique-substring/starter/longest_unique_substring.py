def longest_unique(text):
    """Return the first longest stretch of text with no repeated character."""
    return ""
