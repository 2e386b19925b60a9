package topwords

import (
	"sort"
	"strings"
)

// Top returns the n most frequent words of text, most frequent first.
// Words are lower-cased and split on whitespace. Words with the same count
// come in alphabetical order. If there are fewer than n words, return all.
func Top(text string, n int) []string {
	counts := map[string]int{}
	for _, w := range strings.Fields(strings.ToLower(text)) {
		counts[w]++
	}
	words := make([]string, 0, len(counts))
	for w := range counts {
		words = append(words, w)
	}
	sort.Slice(words, func(i, j int) bool {
		if counts[words[i]] != counts[words[j]] {
			return counts[words[i]] > counts[words[j]]
		}
		return words[i] < words[j]
	})
	if n < 0 {
		n = 0
	}
	if n < len(words) {
		words = words[:n]
	}
	return words
}
