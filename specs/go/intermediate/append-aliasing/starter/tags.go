package tags

// WithTag returns a new slice holding every tag of base followed by extra.
// base must stay unchanged, and two results built from the same base must
// not share storage with each other.
func WithTag(base []string, extra string) []string {
	return append(base, extra)
}
