def is_balanced(text):
    """Return True if every bracket in text is closed in the right order."""
    return (
        text.count("(") == text.count(")")
        and text.count("[") == text.count("]")
        and text.count("{") == text.count("}")
    )
