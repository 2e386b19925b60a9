package cleanup

import (
	"reflect"
	"testing"
)

func check(t *testing.T, names []string, want []string) {
	t.Helper()
	got := Process(names)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Process(%q) = %q, want %q", names, got, want)
	}
}

func TestOneResourceIsOpenedThenClosed(t *testing.T) {
	check(t, []string{"db"}, []string{"open db", "close db"})
}

func TestClosesInReverseOrder(t *testing.T) {
	check(t, []string{"db", "cache"},
		[]string{"open db", "open cache", "close cache", "close db"})
}

func TestEachCloseNamesItsOwnResource(t *testing.T) {
	check(t, []string{"a", "b", "c"},
		[]string{"open a", "open b", "open c", "close c", "close b", "close a"})
}

func TestNothingToProcess(t *testing.T) {
	check(t, []string{}, []string{})
}

func TestLogIsNotNil(t *testing.T) {
	if got := Process(nil); got == nil {
		t.Errorf("Process(nil) = nil, want an empty, non-nil log")
	}
}
