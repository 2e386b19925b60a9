package checked

import (
	"errors"
	"math"
	"testing"
)

type binCase struct {
	name     string
	a, b     int64
	want     int64
	overflow bool
}

func runBin(t *testing.T, fname string, f func(a, b int64) (int64, error), cases []binCase) {
	t.Helper()
	for _, c := range cases {
		got, err := f(c.a, c.b)
		if c.overflow {
			if !errors.Is(err, ErrOverflow) {
				t.Errorf("%s: %s(%d, %d) = %d, %v; want ErrOverflow", c.name, fname, c.a, c.b, got, err)
			}
			continue
		}
		if err != nil || got != c.want {
			t.Errorf("%s: %s(%d, %d) = %d, %v; want %d, nil", c.name, fname, c.a, c.b, got, err, c.want)
		}
	}
}

func TestAdd(t *testing.T) {
	runBin(t, "Add", Add, []binCase{
		{"small numbers", 2, 3, 5, false},
		{"negative numbers", -2, -3, -5, false},
		{"up to the maximum", math.MaxInt64 - 1, 1, math.MaxInt64, false},
		{"past the maximum", math.MaxInt64, 1, 0, true},
		{"past the minimum", math.MinInt64, -1, 0, true},
		{"opposite extremes never overflow", math.MaxInt64, math.MinInt64, -1, false},
	})
}

func TestMul(t *testing.T) {
	runBin(t, "Mul", Mul, []binCase{
		{"small numbers", 6, 7, 42, false},
		{"by zero", math.MaxInt64, 0, 0, false},
		{"zero by minimum", 0, math.MinInt64, 0, false},
		{"large but fits", 3037000499, 3037000499, 9223372030926249001, false},
		{"just too large", 3037000500, 3037000500, 0, true},
		{"negative overflow", math.MinInt64 / 2, 3, 0, true},
		{"minimum times minus one", math.MinInt64, -1, 0, true},
		{"minus one times minimum", -1, math.MinInt64, 0, true},
		{"minimum times one", math.MinInt64, 1, math.MinInt64, false},
	})
}

func TestAbs(t *testing.T) {
	cases := []struct {
		x        int64
		want     int64
		overflow bool
	}{
		{5, 5, false},
		{-5, 5, false},
		{0, 0, false},
		{math.MinInt64 + 1, math.MaxInt64, false},
		{math.MinInt64, 0, true},
	}
	for _, c := range cases {
		got, err := Abs(c.x)
		if c.overflow && !errors.Is(err, ErrOverflow) {
			t.Errorf("Abs(%d) = %d, %v; want ErrOverflow", c.x, got, err)
		}
		if !c.overflow && (err != nil || got != c.want) {
			t.Errorf("Abs(%d) = %d, %v; want %d, nil", c.x, got, err, c.want)
		}
	}
}

func TestSumOfNumbers(t *testing.T) {
	nums := []int64{1, 2, 3, -10}
	if got, err := Sum(nums); err != nil || got != -4 {
		t.Errorf("Sum(%v) = %d, %v; want -4, nil", nums, got, err)
	}
}

func TestSumOfNothingIsZero(t *testing.T) {
	if got, err := Sum(nil); err != nil || got != 0 {
		t.Errorf("Sum(nil) = %d, %v; want 0, nil", got, err)
	}
}

func TestSumReportsOverflowEvenIfItWouldWrapBack(t *testing.T) {
	nums := []int64{math.MaxInt64, 1, -1}
	if got, err := Sum(nums); !errors.Is(err, ErrOverflow) {
		t.Errorf("Sum(%v) = %d, %v; want ErrOverflow", nums, got, err)
	}
}
