def countdown(start):
    """Return [start, ..., 1, "Liftoff!"]."""
    return list(range(start, 1, -1)) + ["Liftoff!"]
