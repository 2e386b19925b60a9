from contextlib import contextmanager


class Account:
    """A balance and its history, changed all-or-nothing inside a transaction."""

    def __init__(self, balance=0):
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"a deposit must be positive, not {amount}")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount <= 0:
            raise ValueError(f"a withdrawal must be positive, not {amount}")
        if amount > self.balance:
            raise ValueError(f"cannot withdraw {amount} from a balance of {self.balance}")
        self.balance -= amount
        self.history.append(("withdraw", amount))

    @contextmanager
    def transaction(self):
        saved_balance, saved_history = self.balance, list(self.history)
        try:
            yield self
        except BaseException:
            self.balance, self.history = saved_balance, saved_history
            raise
