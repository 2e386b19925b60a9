package rect

// Rect is a rectangle with a width and a height.
type Rect struct {
	Width, Height float64
}

// Area returns the area of the rectangle.
func (r Rect) Area() float64 {
	return r.Width * r.Height
}

// Scale multiplies both sides of the rectangle by f, changing it in place.
func (r *Rect) Scale(f float64) {
	r.Width *= f
	r.Height *= f
}
