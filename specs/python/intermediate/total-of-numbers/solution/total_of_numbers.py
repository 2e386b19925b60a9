def total_of_numbers(items):
    """Return (sum of the whole-number texts, how many texts were skipped)."""
    total, skipped = 0, 0
    for item in items:
        try:
            total += int(item)
        except ValueError:
            skipped += 1
    return total, skipped
