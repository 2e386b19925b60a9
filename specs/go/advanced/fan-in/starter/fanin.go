package fanin

// Merge forwards every value from every input channel to the returned
// channel, as soon as it arrives, and closes the returned channel once
// all inputs are closed and drained.
func Merge(inputs ...<-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for _, in := range inputs {
			for v := range in {
				out <- v
			}
		}
		close(out)
	}()
	return out
}
