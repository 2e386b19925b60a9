def mask_card(number):
    """Return number with every character but the last four replaced by '#'."""
    masked = number
    for position in range(len(number) - 4):
        masked[position] = "#"
    return masked
