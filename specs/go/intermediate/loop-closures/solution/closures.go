package closures

// Multipliers returns n functions; the k-th one (counting from 1)
// multiplies its argument by k. Multipliers(3)[1](10) == 20.
func Multipliers(n int) []func(int) int {
	fs := make([]func(int) int, 0, n)
	for k := 1; k <= n; k++ {
		k := k // a fresh variable per iteration (needed before Go 1.22)
		fs = append(fs, func(x int) int { return x * k })
	}
	return fs
}

// Greeters returns one function per name; calling it says hello to that name.
func Greeters(names []string) []func() string {
	fs := make([]func() string, 0, len(names))
	for _, name := range names {
		name := name
		fs = append(fs, func() string { return "hello, " + name })
	}
	return fs
}
