def add_tax(cents, percent):
    """Return the price in whole cents with percent tax added, halves rounded up."""
    tax = (cents * percent + 50) // 100
    return cents + tax
