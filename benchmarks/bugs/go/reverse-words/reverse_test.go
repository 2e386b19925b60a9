package reverse

import "testing"

func TestEmpty(t *testing.T) {
	if got := ReverseWords(""); got != "" {
		t.Errorf("ReverseWords(%q) = %q, want %q", "", got, "")
	}
}

func TestOnlySpaces(t *testing.T) {
	if got := ReverseWords("   "); got != "" {
		t.Errorf("ReverseWords(%q) = %q, want %q", "   ", got, "")
	}
}

func TestThreeWords(t *testing.T) {
	got := ReverseWords("one two three")
	want := "three two one"
	if got != want {
		t.Errorf("ReverseWords(%q) = %q, want %q", "one two three", got, want)
	}
}
