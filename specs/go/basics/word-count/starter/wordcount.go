package wordcount

// WordCount returns how often each word occurs in text.
// Words are separated by whitespace and compared in lower case.
func WordCount(text string) map[string]int {
	var counts map[string]int
	return counts
}
