package rect

import "testing"

func TestAreaOfRectangle(t *testing.T) {
	r := Rect{Width: 3, Height: 4}
	if got := r.Area(); got != 12 {
		t.Errorf("Rect{3, 4}.Area() = %v, want 12", got)
	}
}

func TestAreaOfSquare(t *testing.T) {
	r := Rect{Width: 5, Height: 5}
	if got := r.Area(); got != 25 {
		t.Errorf("Rect{5, 5}.Area() = %v, want 25", got)
	}
}

func TestAreaWithZeroSide(t *testing.T) {
	r := Rect{Width: 0, Height: 7}
	if got := r.Area(); got != 0 {
		t.Errorf("Rect{0, 7}.Area() = %v, want 0", got)
	}
}

func TestScaleChangesTheRectangle(t *testing.T) {
	r := Rect{Width: 2, Height: 3}
	r.Scale(2)
	if r.Width != 4 || r.Height != 6 {
		t.Errorf("after Rect{2, 3}.Scale(2) the rectangle is %+v, want {Width:4 Height:6}", r)
	}
}

func TestScaleThroughPointer(t *testing.T) {
	r := &Rect{Width: 1, Height: 10}
	r.Scale(0.5)
	if r.Width != 0.5 || r.Height != 5 {
		t.Errorf("after (&Rect{1, 10}).Scale(0.5) the rectangle is %+v, want {Width:0.5 Height:5}", *r)
	}
}

func TestScaleThenArea(t *testing.T) {
	r := Rect{Width: 1, Height: 2}
	r.Scale(3)
	if got := r.Area(); got != 18 {
		t.Errorf("Rect{1, 2} scaled by 3 has Area() = %v, want 18", got)
	}
}
