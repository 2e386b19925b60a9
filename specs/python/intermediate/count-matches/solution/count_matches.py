def count_equal(items, target):
    """How many items have a value equal to target."""
    return sum(1 for item in items if item == target)


def count_identical(items, target):
    """How many items are the target object itself."""
    return sum(1 for item in items if item is target)
