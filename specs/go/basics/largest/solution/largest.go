package largest

// Largest returns the biggest number in nums and true.
// For an empty slice it returns 0 and false.
func Largest(nums []int) (int, bool) {
	if len(nums) == 0 {
		return 0, false
	}
	best := nums[0]
	for _, n := range nums[1:] {
		if n > best {
			best = n
		}
	}
	return best, true
}
