package largest

import "testing"

func TestLargest(t *testing.T) {
	cases := []struct {
		name   string
		nums   []int
		want   int
		wantOK bool
	}{
		{"largest at the end", []int{1, 5, 9}, 9, true},
		{"largest at the start", []int{9, 5, 1}, 9, true},
		{"single element", []int{4}, 4, true},
		{"duplicates of the largest", []int{3, 7, 7, 2}, 7, true},
		{"all negative numbers", []int{-8, -3, -5}, -3, true},
		{"zero among negatives", []int{-2, 0, -1}, 0, true},
		{"empty slice has no largest", []int{}, 0, false},
		{"nil slice has no largest", nil, 0, false},
	}
	for _, c := range cases {
		got, ok := Largest(c.nums)
		if got != c.want || ok != c.wantOK {
			t.Errorf("%s: Largest(%v) = (%d, %v), want (%d, %v)", c.name, c.nums, got, ok, c.want, c.wantOK)
		}
	}
}
