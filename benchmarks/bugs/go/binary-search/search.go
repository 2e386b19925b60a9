package search

// Index returns the position of target in the sorted slice xs, or -1.
func Index(xs []int, target int) int {
	low, high := 0, len(xs)-1
	for low <= high {
		mid := (low + high) / 2
		if xs[mid] == target {
			return mid
		}
		if xs[mid] < target {
			low = mid
		} else {
			high = mid - 1
		}
	}
	return -1
}
