package wordcount

import "strings"

// WordCount returns how often each word occurs in text.
// Words are separated by whitespace and compared in lower case.
func WordCount(text string) map[string]int {
	counts := make(map[string]int)
	for _, word := range strings.Fields(text) {
		counts[strings.ToLower(word)]++
	}
	return counts
}
