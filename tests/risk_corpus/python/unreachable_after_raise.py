# expect: py-unreachable
def check(amount):
    if amount < 0:
        raise ValueError("negative amount")
        amount = 0
    return amount
