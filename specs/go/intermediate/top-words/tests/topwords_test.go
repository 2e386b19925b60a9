package topwords

import (
	"reflect"
	"testing"
)

func check(t *testing.T, text string, n int, want []string) {
	t.Helper()
	got := Top(text, n)
	if len(got) == 0 && len(want) == 0 {
		return
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Top(%q, %d) = %q, want %q", text, n, got, want)
	}
}

func TestMostFrequentFirst(t *testing.T) {
	check(t, "b a b c b a", 3, []string{"b", "a", "c"})
}

func TestOnlyTheTopN(t *testing.T) {
	check(t, "x y x z x y", 2, []string{"x", "y"})
}

func TestTiesAreAlphabetical(t *testing.T) {
	check(t, "pear fig apple kiwi", 4, []string{"apple", "fig", "kiwi", "pear"})
}

func TestTiesCutAtN(t *testing.T) {
	check(t, "d c b a d", 3, []string{"d", "a", "b"})
}

func TestCaseIsIgnored(t *testing.T) {
	check(t, "Go go GO rust Rust", 2, []string{"go", "rust"})
}

func TestFewerWordsThanN(t *testing.T) {
	check(t, "one two two", 10, []string{"two", "one"})
}

func TestEmptyText(t *testing.T) {
	check(t, "   ", 3, nil)
}

func TestZeroWanted(t *testing.T) {
	check(t, "a b c", 0, nil)
}

// Map iteration order is random, so run the same input many times.
func TestOrderIsStableAcrossCalls(t *testing.T) {
	text := "m n o p q r s t u v w"
	want := []string{"m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "w"}
	for i := 0; i < 20; i++ {
		check(t, text, 11, want)
	}
}
