def countdown(start):
    """Return [start, ..., 1, "Liftoff!"]."""
    if start < 0:
        raise ValueError("cannot count down from a negative number")
    return list(range(start, 0, -1)) + ["Liftoff!"]
