package reverse

// Reverse returns s with its characters in the opposite order.
// "héllo" becomes "olléh"; every character must survive intact.
func Reverse(s string) string {
	out := make([]byte, 0, len(s))
	for i := len(s) - 1; i >= 0; i-- {
		out = append(out, s[i])
	}
	return string(out)
}
