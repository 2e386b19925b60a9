def add_unique(items, item):
    """Return a new list with item added at the end, unless it is already there."""
    result = items
    if item not in result:
        result.append(item)
    return result
