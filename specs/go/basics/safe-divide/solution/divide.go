package divide

import "errors"

// ErrDivideByZero is returned when the divisor is zero.
var ErrDivideByZero = errors.New("divide by zero")

// Divide returns a / b and the remainder a % b, or ErrDivideByZero when b is 0.
func Divide(a, b int) (quotient, remainder int, err error) {
	if b == 0 {
		return 0, 0, ErrDivideByZero
	}
	return a / b, a % b, nil
}
