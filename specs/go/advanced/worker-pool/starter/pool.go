package pool

// Run calls work on every job using at most workers goroutines at a time
// (at least one) and returns the results in the same order as jobs.
func Run(jobs []int, workers int, work func(int) int) []int {
	var results []int
	for _, j := range jobs {
		results = append(results, work(j))
	}
	return results
}
