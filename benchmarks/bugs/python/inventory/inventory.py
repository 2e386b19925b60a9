class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, name, quantity=1):
        self.items[name] = self.items.get(name, 0) + quantity

    def remove(self, name, quantity=1):
        if name not in self.items:
            raise KeyError(f"no {name} in stock")
        if quantity > self.items[name]:
            raise ValueError(f"only {self.items[name]} {name} left")
        self.items[name] -= quantity
        if self.items[name] < 0:
            del self.items[name]

    def names(self):
        return sorted(self.items)

    def total(self):
        return sum(self.items.values())
