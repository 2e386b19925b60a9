package search

import "testing"

func TestFindsMiddle(t *testing.T) {
	if got := Index([]int{1, 3, 5}, 3); got != 1 {
		t.Errorf("Index([1 3 5], 3) = %d, want 1", got)
	}
}

func TestFindsFirst(t *testing.T) {
	if got := Index([]int{1, 3, 5}, 1); got != 0 {
		t.Errorf("Index([1 3 5], 1) = %d, want 0", got)
	}
}

func TestMissingSmallValue(t *testing.T) {
	if got := Index([]int{1, 3, 5}, 0); got != -1 {
		t.Errorf("Index([1 3 5], 0) = %d, want -1", got)
	}
}

func TestFindsLast(t *testing.T) {
	if got := Index([]int{1, 3, 5}, 5); got != 2 {
		t.Errorf("Index([1 3 5], 5) = %d, want 2", got)
	}
}
