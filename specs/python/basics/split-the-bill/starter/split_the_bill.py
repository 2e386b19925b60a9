def split_bill(total_cents, people):
    """Return one share per person, in whole cents, adding up to total_cents."""
    return [total_cents / people] * people
