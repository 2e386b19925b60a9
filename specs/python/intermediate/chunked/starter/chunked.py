def chunked(items, size):
    """Yield lists of size consecutive items; the last one may be shorter."""
    return [items[start:start + size] for start in range(0, len(items), size)]
