def add_tax(cents, percent):
    """Return the price in whole cents with percent tax added, halves rounded up."""
    return cents + round(cents * percent / 100)
