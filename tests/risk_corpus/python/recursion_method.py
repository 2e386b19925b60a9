# expect: py-recursion-no-base
class Tree:
    def __init__(self, children):
        self.children = children

    def size(self):
        total = 1
        total += self.size()
        return total
