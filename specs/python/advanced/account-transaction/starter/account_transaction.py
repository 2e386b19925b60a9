from contextlib import contextmanager


class Account:
    """A balance and its history, changed all-or-nothing inside a transaction."""

    def __init__(self, balance=0):
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        self.balance -= amount
        self.history.append(("withdraw", amount))

    @contextmanager
    def transaction(self):
        yield self
