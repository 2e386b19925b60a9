package account

import "errors"

type Account struct {
	Owner   string
	balance int
}

func (a Account) Balance() int {
	return a.balance
}

func (a Account) Deposit(amount int) {
	a.balance += amount
}

func (a *Account) Withdraw(amount int) error {
	if amount > a.balance {
		return errors.New("insufficient funds")
	}
	a.balance -= amount
	return nil
}
