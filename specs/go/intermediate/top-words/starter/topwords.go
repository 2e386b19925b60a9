package topwords

import "strings"

// Top returns the n most frequent words of text, most frequent first.
// Words are lower-cased and split on whitespace. Words with the same count
// come in alphabetical order. If there are fewer than n words, return all.
func Top(text string, n int) []string {
	counts := map[string]int{}
	for _, w := range strings.Fields(strings.ToLower(text)) {
		counts[w]++
	}
	var words []string
	for w := range counts {
		words = append(words, w)
	}
	return words
}
