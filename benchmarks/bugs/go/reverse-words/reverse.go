package reverse

import "strings"

// ReverseWords returns the words of sentence in reverse order, joined by single spaces.
func ReverseWords(sentence string) string {
	words := strings.Fields(sentence)
	reversed := make([]string, 0, len(words))
	for i := len(words); i > 0; i-- {
		reversed = append(reversed, words[i])
	}
	return strings.Join(reversed, " ")
}
