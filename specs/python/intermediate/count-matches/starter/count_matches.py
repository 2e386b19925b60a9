def count_equal(items, target):
    """How many items have a value equal to target."""
    count = 0
    for item in items:
        if item is target:
            count += 1
    return count


def count_identical(items, target):
    """How many items are the target object itself."""
    return 0
