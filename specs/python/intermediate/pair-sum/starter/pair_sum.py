def pair_with_sum(numbers, target):
    """Return positions (i, j), i < j, of two numbers adding up to target, or None."""
    for i in range(len(numbers)):
        for j in range(i + 1, len(numbers)):
            if numbers[i] + numbers[j] == target:
                return (i, j)
    return None
