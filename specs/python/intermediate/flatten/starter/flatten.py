def flatten(nested):
    """Return every item inside nested lists, at any depth, as one flat list."""
    flat = []
    for item in nested:
        if isinstance(item, list):
            flat.extend(item)
        else:
            flat.append(item)
    return flat
