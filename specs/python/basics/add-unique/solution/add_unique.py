def add_unique(items, item):
    """Return a new list with item added at the end, unless it is already there."""
    if item in items:
        return list(items)
    return items + [item]
