def remove_sold_out(stock):
    """Delete items with a count of zero or less from stock; return their names, sorted."""
    removed = []
    return removed
