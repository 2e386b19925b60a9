package reverse

// Reverse returns s with its characters in the opposite order.
// "héllo" becomes "olléh"; every character must survive intact.
func Reverse(s string) string {
	runes := []rune(s)
	for i, j := 0, len(runes)-1; i < j; i, j = i+1, j-1 {
		runes[i], runes[j] = runes[j], runes[i]
	}
	return string(runes)
}
