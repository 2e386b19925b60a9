package checked

import (
	"errors"
	"math"
)

// ErrOverflow is returned when a result does not fit in an int64.
var ErrOverflow = errors.New("integer overflow")

// Add returns a + b, or ErrOverflow if the sum does not fit in an int64.
func Add(a, b int64) (int64, error) {
	if (b > 0 && a > math.MaxInt64-b) || (b < 0 && a < math.MinInt64-b) {
		return 0, ErrOverflow
	}
	return a + b, nil
}

// Mul returns a * b, or ErrOverflow if the product does not fit in an int64.
func Mul(a, b int64) (int64, error) {
	if a == 0 || b == 0 {
		return 0, nil
	}
	if (a == -1 && b == math.MinInt64) || (b == -1 && a == math.MinInt64) {
		return 0, ErrOverflow
	}
	product := a * b
	if product/b != a {
		return 0, ErrOverflow
	}
	return product, nil
}

// Abs returns the absolute value of x, or ErrOverflow if it does not fit.
func Abs(x int64) (int64, error) {
	if x == math.MinInt64 {
		return 0, ErrOverflow
	}
	if x < 0 {
		return -x, nil
	}
	return x, nil
}

// Sum adds all nums, or returns ErrOverflow as soon as a partial sum overflows.
func Sum(nums []int64) (int64, error) {
	var total int64
	for _, n := range nums {
		var err error
		if total, err = Add(total, n); err != nil {
			return 0, err
		}
	}
	return total, nil
}
