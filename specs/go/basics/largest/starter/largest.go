package largest

// Largest returns the biggest number in nums and true.
// For an empty slice it returns 0 and false.
func Largest(nums []int) (int, bool) {
	best := 0
	for _, n := range nums {
		if n > best {
			best = n
		}
	}
	return best, true
}
