// expect: go-ignored-error
package jobs

import (
	"encoding/json"
	"sync"
)

// Decode decodes every message in parallel; each goroutine defers its own Done.
func Decode(messages [][]byte) []map[string]any {
	var wg sync.WaitGroup
	out := make([]map[string]any, len(messages))
	for i, msg := range messages {
		wg.Add(1)
		go func(i int, msg []byte) {
			defer wg.Done()
			_ = json.Unmarshal(msg, &out[i])
		}(i, msg)
	}
	wg.Wait()
	return out
}
