# expect: ruff-S101
def withdraw(balance, amount):
    assert amount > 0, "amount must be positive"
    assert amount <= balance, "not enough money"
    return balance - amount
