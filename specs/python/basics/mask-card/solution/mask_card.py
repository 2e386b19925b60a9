def mask_card(number):
    """Return number with every character but the last four replaced by '#'."""
    visible = number[-4:]
    return "#" * (len(number) - len(visible)) + visible
