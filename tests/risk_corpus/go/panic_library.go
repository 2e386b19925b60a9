// expect: go-panic
package grades

// Letter turns a score from 0 to 100 into a letter grade.
func Letter(score int) string {
	if score < 0 || score > 100 {
		panic("score out of range")
	}
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	default:
		return "C"
	}
}
