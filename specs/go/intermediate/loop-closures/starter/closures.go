package closures

// Multipliers returns n functions; the k-th one (counting from 1)
// multiplies its argument by k. Multipliers(3)[1](10) == 20.
func Multipliers(n int) []func(int) int {
	var fs []func(int) int
	for k := 1; k <= n; k++ {
		fs = append(fs, func(x int) int { return x * k })
	}
	return fs
}

// Greeters returns one function per name; calling it says hello to that name.
func Greeters(names []string) []func() string {
	var fs []func() string
	for _, name := range names {
		fs = append(fs, func() string { return "hello, " + name })
	}
	return fs
}
