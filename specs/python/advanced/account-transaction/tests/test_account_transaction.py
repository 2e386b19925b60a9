import pytest

from account_transaction import Account


def test_deposits_and_withdrawals_are_recorded():
    account = Account(100)
    account.deposit(50)
    account.withdraw(30)
    assert account.balance == 120
    assert account.history == [("deposit", 50), ("withdraw", 30)]


def test_bad_amounts_are_errors_that_change_nothing():
    account = Account(100)
    for action, amount in ((account.deposit, 0), (account.withdraw, -5),
                           (account.withdraw, 500)):
        with pytest.raises(ValueError):
            action(amount)
    assert account.balance == 100 and account.history == []


def test_a_successful_transaction_keeps_its_changes():
    account = Account(100)
    with account.transaction():
        account.deposit(50)
        account.withdraw(20)
    assert account.balance == 130
    assert len(account.history) == 2


def test_a_failed_transaction_restores_the_balance():
    account = Account(100)
    with pytest.raises(ValueError):
        with account.transaction():
            account.deposit(50)
            account.withdraw(500)
    assert account.balance == 100


def test_a_failed_transaction_restores_the_history():
    account = Account(100)
    account.deposit(1)
    with pytest.raises(ValueError):
        with account.transaction():
            account.deposit(50)
            account.withdraw(500)
    assert account.history == [("deposit", 1)]


def test_any_error_in_the_block_rolls_back_and_reaches_the_caller():
    account = Account(10)
    with pytest.raises(KeyError):
        with account.transaction():
            account.deposit(5)
            raise KeyError("something else went wrong")
    assert account.balance == 10


def test_the_block_gets_the_account_itself():
    account = Account()
    with account.transaction() as same:
        assert same is account
