package unique

import (
	"reflect"
	"testing"
)

func TestRepeatsRemoved(t *testing.T) {
	got := Unique("the cat and The dog")
	want := []string{"the", "cat", "and", "dog"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Unique(...) = %v, want %v", got, want)
	}
}

func TestEmpty(t *testing.T) {
	if got := Unique(""); len(got) != 0 {
		t.Errorf("Unique(\"\") = %v, want []", got)
	}
}

func TestSecondTextStartsFresh(t *testing.T) {
	got := Unique("a dog barks")
	want := []string{"a", "dog", "barks"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Unique(\"a dog barks\") = %v, want %v", got, want)
	}
}
