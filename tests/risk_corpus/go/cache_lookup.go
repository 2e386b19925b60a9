// expect: none
package cache

// Cache remembers values by key.
type Cache struct {
	values map[string]string
}

// Get reports the value for key and whether it was there.
func (c *Cache) Get(key string) (string, bool) {
	v, ok := c.values[key]
	return v, ok
}

// Value returns the cached value, or "" when there is none.
func (c *Cache) Value(key string) string {
	v, _ := c.Get(key)
	return v
}
