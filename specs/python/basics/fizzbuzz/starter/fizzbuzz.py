def fizzbuzz(n):
    """Return "Fizz", "Buzz", "FizzBuzz" or the number as a string."""
    if n % 3 == 0:
        return "Fizz"
    if n % 5 == 0:
        return "Buzz"
    return n
