def largest(numbers):
    """Return the largest number in the list, without using max()."""
    biggest = 0
    for number in numbers:
        if number > biggest:
            biggest = number
    return biggest
