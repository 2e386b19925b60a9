// expect: none
package parser

import "testing"

func mustParse(t *testing.T, s string) int {
	t.Helper()
	n, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return n
}

func TestParse(t *testing.T) {
	if got := mustParse(t, "42"); got != 42 {
		t.Fatalf("got %d, want 42", got)
	}
}
