def remove_below(values, limit):
    """Remove (in place) every value below limit and return the list."""
    for value in values:
        if value < limit:
            values.remove(value)
    return values


def keep_between(values, low, high):
    return [v for v in values if low <= v <= high]
