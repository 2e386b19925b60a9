def split_bill(total_cents, people):
    """Return one share per person, in whole cents, adding up to total_cents."""
    if people < 1:
        raise ValueError("a bill needs at least one person to pay it")
    share, left_over = divmod(total_cents, people)
    return [share + 1 if position < left_over else share for position in range(people)]
