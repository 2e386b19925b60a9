package tags

// WithTag returns a new slice holding every tag of base followed by extra.
// base must stay unchanged, and two results built from the same base must
// not share storage with each other.
func WithTag(base []string, extra string) []string {
	out := make([]string, len(base), len(base)+1)
	copy(out, base)
	return append(out, extra)
}
