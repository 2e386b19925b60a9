package wordcount

import (
	"reflect"
	"testing"
)

func check(t *testing.T, in string, want map[string]int) {
	t.Helper()
	got := WordCount(in)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("WordCount(%q) = %v, want %v", in, got, want)
	}
}

func TestCountsOneWord(t *testing.T) { check(t, "go", map[string]int{"go": 1}) }

func TestCountsRepeatedWords(t *testing.T) {
	check(t, "go is go", map[string]int{"go": 2, "is": 1})
}

func TestIgnoresCase(t *testing.T) {
	check(t, "Go GO go", map[string]int{"go": 3})
}

func TestExtraWhitespaceIsNotAWord(t *testing.T) {
	check(t, "  one\ttwo\n\none  ", map[string]int{"one": 2, "two": 1})
}

func TestEmptyTextGivesEmptyMap(t *testing.T) {
	check(t, "", map[string]int{})
}

func TestResultCanBeWrittenTo(t *testing.T) {
	got := WordCount("")
	if got == nil {
		t.Fatalf("WordCount(%q) = nil map, want an empty map the caller can add to", "")
	}
	got["extra"] = 1 // must not panic
}
