def first_present(values, default=None):
    """Return the first value that is not None, or default."""
    for value in values:
        if value is not None:
            return value
    return default
