def remove_sold_out(stock):
    """Delete items with a count of zero or less from stock; return their names, sorted."""
    removed = sorted(name for name, count in stock.items() if count <= 0)
    for name in removed:
        del stock[name]
    return removed
