# expect: py-none-comparison
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


def length(node):
    count = 0
    while node != None:
        count += 1
        node = node.next
    return count
