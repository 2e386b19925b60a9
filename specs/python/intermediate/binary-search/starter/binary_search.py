def binary_search(items, target):
    """Return the index of target in the sorted list items, or -1 if absent."""
    low = 0
    high = len(items) - 1
    while low < high:
        middle = (low + high) // 2
        if items[middle] == target:
            return middle
        if items[middle] < target:
            low = middle + 1
        else:
            high = middle - 1
    return -1
