package tags

import (
	"reflect"
	"testing"
)

func TestAddsTagAtTheEnd(t *testing.T) {
	got := WithTag([]string{"go", "web"}, "api")
	want := []string{"go", "web", "api"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("WithTag([go web], %q) = %v, want %v", "api", got, want)
	}
}

func TestEmptyBase(t *testing.T) {
	got := WithTag(nil, "solo")
	want := []string{"solo"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("WithTag(nil, %q) = %v, want %v", "solo", got, want)
	}
}

func TestBaseIsNotChanged(t *testing.T) {
	base := []string{"a", "b"}
	WithTag(base, "c")
	if !reflect.DeepEqual(base, []string{"a", "b"}) {
		t.Errorf("after WithTag(base, %q) base = %v, want [a b]", "c", base)
	}
}

// The trap: base has spare capacity, so append writes into base's array
// and both results end up sharing the same third element.
func TestResultsFromSameBaseAreIndependent(t *testing.T) {
	base := make([]string, 2, 10)
	base[0], base[1] = "a", "b"
	x := WithTag(base, "x")
	y := WithTag(base, "y")
	if x[2] != "x" || y[2] != "y" {
		t.Errorf("WithTag(base, \"x\") = %v and WithTag(base, \"y\") = %v, want [a b x] and [a b y]", x, y)
	}
}

func TestChangingResultLeavesBaseAlone(t *testing.T) {
	base := make([]string, 1, 4)
	base[0] = "keep"
	out := WithTag(base, "new")
	out[0] = "changed"
	if base[0] != "keep" {
		t.Errorf("writing to WithTag's result changed base[0] to %q, want %q", base[0], "keep")
	}
}

func TestSpareCapacityOfBaseIsUntouched(t *testing.T) {
	base := make([]string, 1, 4)
	base[0] = "a"
	WithTag(base, "b")
	if spare := base[:2][1]; spare != "" {
		t.Errorf("WithTag(base, %q) wrote %q into base's spare capacity, want it left empty", "b", spare)
	}
}
