package ratings

import "testing"

func TestNoRatings(t *testing.T) {
	if got := Average(nil); got != 0 {
		t.Errorf("Average(nil) = %v, want 0", got)
	}
}

func TestWholeAverage(t *testing.T) {
	if got := Average([]int{4, 2}); got != 3 {
		t.Errorf("Average([4 2]) = %v, want 3", got)
	}
}

func TestFractionalAverage(t *testing.T) {
	if got := Average([]int{4, 5}); got != 4.5 {
		t.Errorf("Average([4 5]) = %v, want 4.5", got)
	}
}

func TestStarsFromRatings(t *testing.T) {
	got := Stars(Average([]int{5, 4, 4, 5}))
	want := "*****"
	if got != want {
		t.Errorf("Stars(Average([5 4 4 5])) = %q, want %q", got, want)
	}
}
