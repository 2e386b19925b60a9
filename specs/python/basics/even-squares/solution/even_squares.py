def even_squares(numbers):
    """Return the squares of the even numbers, in order."""
    return [number * number for number in numbers if number % 2 == 0]
