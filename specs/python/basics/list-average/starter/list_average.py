def average(numbers):
    """Return the arithmetic mean of numbers, or None if the list is empty."""
    total = 0
    for number in numbers:
        total += number
    return total / len(numbers)
