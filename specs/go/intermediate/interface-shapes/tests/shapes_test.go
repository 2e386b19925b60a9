package shapes

import (
	"fmt"
	"math"
	"testing"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestTotalAreaAddsEveryShape(t *testing.T) {
	shapes := []Shape{Square{Side: 2}, Circle{Radius: 1}}
	want := 4 + math.Pi
	if got := TotalArea(shapes); !near(got, want) {
		t.Errorf("TotalArea(%v) = %v, want %v", shapes, got, want)
	}
}

func TestTotalAreaOfNothingIsZero(t *testing.T) {
	if got := TotalArea(nil); got != 0 {
		t.Errorf("TotalArea(nil) = %v, want 0", got)
	}
}

func TestBiggestFindsLargestArea(t *testing.T) {
	shapes := []Shape{Square{Side: 1}, Circle{Radius: 1}, Square{Side: 2}, Circle{Radius: 0.5}}
	if got := Biggest(shapes); got != (Square{Side: 2}) {
		t.Errorf("Biggest(%v) = %v, want square(2)", shapes, got)
	}
}

func TestBiggestPrefersEarlierOnTie(t *testing.T) {
	shapes := []Shape{Square{Side: 3}, Square{Side: 3}, Square{Side: 2}}
	got := Biggest(shapes)
	if got != shapes[0] {
		t.Errorf("Biggest(%v) = %v, want the first square(3)", shapes, got)
	}
}

func TestBiggestOfNothingIsNil(t *testing.T) {
	if got := Biggest([]Shape{}); got != nil {
		t.Errorf("Biggest([]) = %v, want nil", got)
	}
}

func TestShapesAreStringers(t *testing.T) {
	cases := []struct {
		shape fmt.Stringer
		want  string
	}{
		{Square{Side: 2}, "square(2)"},
		{Circle{Radius: 1.5}, "circle(r=1.5)"},
	}
	for _, c := range cases {
		if got := fmt.Sprint(c.shape); got != c.want {
			t.Errorf("fmt.Sprint(%#v) = %q, want %q", c.shape, got, c.want)
		}
	}
}

func TestDescribeJoinsWithCommas(t *testing.T) {
	shapes := []Shape{Square{Side: 2}, Circle{Radius: 1}}
	want := "square(2), circle(r=1)"
	if got := Describe(shapes); got != want {
		t.Errorf("Describe(%#v) = %q, want %q", shapes, got, want)
	}
}

func TestDescribeNothingIsEmpty(t *testing.T) {
	if got := Describe(nil); got != "" {
		t.Errorf("Describe(nil) = %q, want %q", got, "")
	}
}
