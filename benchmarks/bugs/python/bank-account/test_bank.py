import pytest

from bank import Account, InsufficientFunds


def test_deposit():
    acc = Account("ann", 10)
    acc.deposit(5)
    assert acc.balance == 15


def test_withdraw_too_much():
    acc = Account("bob", 3)
    with pytest.raises(InsufficientFunds):
        acc.withdraw(4)


def test_transfer_moves_money():
    ann, bob = Account("ann", 50), Account("bob", 5)
    ann.transfer(20, bob)
    assert (ann.balance, bob.balance) == (30, 25)


def test_transfer_keeps_the_total():
    ann, bob = Account("ann", 7), Account("bob", 0)
    ann.transfer(7, bob)
    total = ann.balance + bob.balance
    assert total == 7
