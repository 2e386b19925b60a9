from collections import OrderedDict


class LRUCache:
    """Holds at most capacity entries, dropping the least recently used one."""

    def __init__(self, capacity):
        if capacity < 1:
            raise ValueError("a cache must hold at least one entry")
        self.capacity = capacity
        self.entries = OrderedDict()

    def get(self, key, default=None):
        if key not in self.entries:
            return default
        self.entries.move_to_end(key)
        return self.entries[key]

    def put(self, key, value):
        if key in self.entries:
            self.entries.move_to_end(key)
        elif len(self.entries) >= self.capacity:
            self.entries.popitem(last=False)
        self.entries[key] = value

    def __len__(self):
        return len(self.entries)
