package wrap

// Wrap maps any index i onto a ring of n slots numbered 0..n-1,
// so Wrap(5, 4) == 1 and Wrap(-1, 4) == 3. n is always positive.
func Wrap(i, n int) int {
	r := i % n
	if r < 0 {
		r += n
	}
	return r
}
