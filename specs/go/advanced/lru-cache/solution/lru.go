package lru

import "container/list"

// Cache keeps at most a fixed number of entries. When it is full, adding a
// new key evicts the least recently used one. Get and Put both count as use.
type Cache struct {
	capacity int
	order    *list.List // front = most recently used
	items    map[string]*list.Element
}

type entry struct {
	key   string
	value int
}

// New returns an empty cache that holds at most capacity entries.
func New(capacity int) *Cache {
	return &Cache{capacity: capacity, order: list.New(), items: map[string]*list.Element{}}
}

// Get returns the value for key and whether it was present.
func (c *Cache) Get(key string) (int, bool) {
	el, ok := c.items[key]
	if !ok {
		return 0, false
	}
	c.order.MoveToFront(el)
	return el.Value.(*entry).value, true
}

// Put stores value under key.
func (c *Cache) Put(key string, value int) {
	if c.capacity <= 0 {
		return
	}
	if el, ok := c.items[key]; ok {
		el.Value.(*entry).value = value
		c.order.MoveToFront(el)
		return
	}
	if c.order.Len() == c.capacity {
		oldest := c.order.Back()
		c.order.Remove(oldest)
		delete(c.items, oldest.Value.(*entry).key)
	}
	c.items[key] = c.order.PushFront(&entry{key: key, value: value})
}

// Len returns the number of entries in the cache.
func (c *Cache) Len() int {
	return c.order.Len()
}

// Keys returns the keys from most to least recently used.
func (c *Cache) Keys() []string {
	keys := make([]string, 0, c.order.Len())
	for el := c.order.Front(); el != nil; el = el.Next() {
		keys = append(keys, el.Value.(*entry).key)
	}
	return keys
}
