package account

import "testing"

func TestNewAccountIsEmpty(t *testing.T) {
	a := &Account{Owner: "ann"}
	if a.Balance() != 0 {
		t.Errorf("Balance() = %d, want 0", a.Balance())
	}
}

func TestWithdrawFromEmptyFails(t *testing.T) {
	a := &Account{Owner: "ann"}
	if err := a.Withdraw(5); err == nil {
		t.Errorf("Withdraw(5) on an empty account returned no error")
	}
}

func TestDeposit(t *testing.T) {
	a := &Account{Owner: "bob"}
	a.Deposit(30)
	if got := a.Balance(); got != 30 {
		t.Errorf("after Deposit(30), Balance() = %d, want 30", got)
	}
}

func TestDepositThenWithdraw(t *testing.T) {
	a := &Account{Owner: "cid"}
	a.Deposit(50)
	if err := a.Withdraw(20); err != nil {
		t.Fatalf("Withdraw(20) after Deposit(50): %v", err)
	}
	if got := a.Balance(); got != 30 {
		t.Errorf("Balance() = %d, want 30", got)
	}
}
