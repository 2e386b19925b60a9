package unique

import "strings"

var seen = map[string]bool{}

// Unique returns the words of text without repeats (case-insensitive), in first-seen order.
func Unique(text string) []string {
	result := []string{}
	for _, word := range strings.Fields(text) {
		key := strings.ToLower(word)
		if !seen[key] {
			seen[key] = true
			result = append(result, word)
		}
	}
	return result
}
