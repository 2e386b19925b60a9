// expect: go-defer-in-loop, go-panic
package bank

import "sync"

// Account holds a balance guarded by a mutex.
type Account struct {
	mu      sync.Mutex
	balance int
}

// PayAll takes amount from every account.
func PayAll(accounts []*Account, amount int) {
	for _, a := range accounts {
		a.mu.Lock()
		defer a.mu.Unlock()
		if a.balance < amount {
			panic("insufficient funds")
		}
		a.balance -= amount
	}
}
