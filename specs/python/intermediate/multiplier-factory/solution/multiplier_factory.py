def multiply_by(factor):
    """A function that multiplies its argument by factor."""
    def multiply(value):
        return value * factor
    return multiply


def make_multipliers(count):
    """Return count functions; the one at position i multiplies by i."""
    return [multiply_by(factor) for factor in range(count)]


def make_counter():
    """Return a function that returns how many times it has been called."""
    calls = 0

    def tick():
        nonlocal calls
        calls += 1
        return calls
    return tick
