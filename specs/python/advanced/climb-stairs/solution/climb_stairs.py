import functools


def count_ways(n, steps=(1, 2)):
    """How many sequences of moves of the given step sizes climb exactly n stairs."""
    if n < 0:
        raise ValueError(f"a staircase cannot have {n} stairs")
    if any(step < 1 for step in steps):
        raise ValueError("every step must climb at least one stair")

    @functools.cache
    def ways(remaining):
        if remaining == 0:
            return 1
        return sum(ways(remaining - step) for step in steps if step <= remaining)

    return ways(n)
