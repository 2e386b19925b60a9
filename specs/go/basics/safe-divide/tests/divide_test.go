package divide

import (
	"errors"
	"testing"
)

func TestDivide(t *testing.T) {
	cases := []struct {
		name  string
		a, b  int
		wantQ int
		wantR int
	}{
		{"exact division", 12, 4, 3, 0},
		{"division with a remainder", 7, 2, 3, 1},
		{"smaller by larger", 2, 7, 0, 2},
		{"negative dividend truncates toward zero", -7, 2, -3, -1},
		{"negative divisor", 7, -2, -3, 1},
		{"zero divided by a number", 0, 5, 0, 0},
	}
	for _, c := range cases {
		q, r, err := Divide(c.a, c.b)
		if err != nil {
			t.Errorf("%s: Divide(%d, %d) returned error %v, want none", c.name, c.a, c.b, err)
			continue
		}
		if q != c.wantQ || r != c.wantR {
			t.Errorf("%s: Divide(%d, %d) = (%d, %d), want (%d, %d)", c.name, c.a, c.b, q, r, c.wantQ, c.wantR)
		}
	}
}

func TestDivideByZeroReturnsError(t *testing.T) {
	_, _, err := Divide(5, 0)
	if !errors.Is(err, ErrDivideByZero) {
		t.Errorf("Divide(5, 0) error = %v, want ErrDivideByZero", err)
	}
}

func TestDivideByZeroReturnsZeroValues(t *testing.T) {
	q, r, _ := Divide(5, 0)
	if q != 0 || r != 0 {
		t.Errorf("Divide(5, 0) = (%d, %d, err), want (0, 0, err)", q, r)
	}
}
