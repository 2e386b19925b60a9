package ratings

// Average returns the mean of the ratings, or 0 when there are none.
func Average(ratings []int) float64 {
	if len(ratings) == 0 {
		return 0
	}
	sum := 0
	for _, r := range ratings {
		sum += r
	}
	return float64(sum / len(ratings))
}

// Stars turns an average into a row of stars, rounding to the nearest whole star.
func Stars(avg float64) string {
	n := int(avg + 0.5)
	out := ""
	for i := 0; i < n; i++ {
		out += "*"
	}
	return out
}
