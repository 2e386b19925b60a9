def make_grid(rows, cols, fill):
    """Return rows lists of cols copies of fill, each row its own list."""
    if rows < 0 or cols < 0:
        raise ValueError("a grid cannot have a negative size")
    return [[fill] * cols for _ in range(rows)]
