package wrap

import "testing"

func TestWrap(t *testing.T) {
	cases := []struct {
		name string
		i, n int
		want int
	}{
		{"index inside the ring is unchanged", 2, 4, 2},
		{"zero stays zero", 0, 4, 0},
		{"one past the end wraps to the start", 4, 4, 0},
		{"far past the end", 11, 4, 3},
		{"minus one is the last slot", -1, 4, 3},
		{"negative multiple of n is zero", -8, 4, 0},
		{"far below zero", -9, 4, 3},
		{"ring of one slot", -5, 1, 0},
	}
	for _, c := range cases {
		if got := Wrap(c.i, c.n); got != c.want {
			t.Errorf("%s: Wrap(%d, %d) = %d, want %d", c.name, c.i, c.n, got, c.want)
		}
	}
}
