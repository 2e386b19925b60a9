def make_grid(rows, cols, fill):
    """Return rows lists of cols copies of fill, each row its own list."""
    return [[fill] * cols] * rows
