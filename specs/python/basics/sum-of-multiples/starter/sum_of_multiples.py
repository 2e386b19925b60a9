def sum_of_multiples(limit):
    """Return the sum of the numbers below limit that are multiples of 3 or 5."""
    total = 0
    for number in range(1, limit + 1):
        if number % 3 == 0:
            total += number
        if number % 5 == 0:
            total += number
    return total
