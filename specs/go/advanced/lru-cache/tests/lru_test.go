package lru

import (
	"reflect"
	"testing"
)

func wantGet(t *testing.T, c *Cache, key string, want int, wantOK bool) {
	t.Helper()
	if got, ok := c.Get(key); got != want || ok != wantOK {
		t.Errorf("Get(%q) = (%d, %v), want (%d, %v)", key, got, ok, want, wantOK)
	}
}

func TestStoresAndReturnsValues(t *testing.T) {
	c := New(2)
	c.Put("a", 1)
	c.Put("b", 2)
	wantGet(t, c, "a", 1, true)
	wantGet(t, c, "b", 2, true)
}

func TestMissingKey(t *testing.T) {
	c := New(2)
	wantGet(t, c, "nope", 0, false)
}

func TestEvictsLeastRecentlyPut(t *testing.T) {
	c := New(2)
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	wantGet(t, c, "a", 0, false)
	if c.Len() != 2 {
		t.Errorf("New(2) after three Puts: Len() = %d, want 2", c.Len())
	}
}

func TestGetCountsAsUse(t *testing.T) {
	c := New(2)
	c.Put("a", 1)
	c.Put("b", 2)
	c.Get("a") // now b is the least recently used
	c.Put("c", 3)
	wantGet(t, c, "b", 0, false)
	wantGet(t, c, "a", 1, true)
}

func TestUpdatingAKeyDoesNotEvict(t *testing.T) {
	c := New(2)
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("a", 10)
	wantGet(t, c, "a", 10, true)
	wantGet(t, c, "b", 2, true)
	if c.Len() != 2 {
		t.Errorf("after updating a key: Len() = %d, want 2", c.Len())
	}
}

func TestUpdatingAKeyCountsAsUse(t *testing.T) {
	c := New(2)
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("a", 10)
	c.Put("c", 3)
	wantGet(t, c, "b", 0, false)
}

func TestKeysFromMostRecent(t *testing.T) {
	c := New(3)
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	c.Get("a")
	want := []string{"a", "c", "b"}
	if got := c.Keys(); !reflect.DeepEqual(got, want) {
		t.Errorf("Keys() = %q, want %q", got, want)
	}
}

func TestZeroCapacityStoresNothing(t *testing.T) {
	c := New(0)
	c.Put("a", 1)
	wantGet(t, c, "a", 0, false)
	if c.Len() != 0 {
		t.Errorf("New(0) after Put: Len() = %d, want 0", c.Len())
	}
}
