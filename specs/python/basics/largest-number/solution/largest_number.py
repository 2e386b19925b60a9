def largest(numbers):
    """Return the largest number in the list, without using max()."""
    if not numbers:
        raise ValueError("an empty list has no largest number")
    biggest = numbers[0]
    for number in numbers[1:]:
        if number > biggest:
            biggest = number
    return biggest
