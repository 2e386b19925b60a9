def merge_counts(first, second):
    """A new dict with the counts of both; the arguments are left unchanged."""
    merged = first
    for key, value in second.items():
        merged[key] = merged.get(key, 0) + value
    return merged


def total(counts):
    return sum(counts.values())
