package fanin

import "sync"

// Merge forwards every value from every input channel to the returned
// channel, as soon as it arrives, and closes the returned channel once
// all inputs are closed and drained.
func Merge(inputs ...<-chan int) <-chan int {
	out := make(chan int)
	var wg sync.WaitGroup
	wg.Add(len(inputs))
	for _, in := range inputs {
		go func(in <-chan int) {
			defer wg.Done()
			for v := range in {
				out <- v
			}
		}(in)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}
