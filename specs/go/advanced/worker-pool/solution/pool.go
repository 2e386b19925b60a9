package pool

import "sync"

// Run calls work on every job using at most workers goroutines at a time
// (at least one) and returns the results in the same order as jobs.
func Run(jobs []int, workers int, work func(int) int) []int {
	if workers < 1 {
		workers = 1
	}
	results := make([]int, len(jobs))
	indexes := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range indexes {
				results[i] = work(jobs[i])
			}
		}()
	}
	for i := range jobs {
		indexes <- i
	}
	close(indexes)
	wg.Wait()
	return results
}
