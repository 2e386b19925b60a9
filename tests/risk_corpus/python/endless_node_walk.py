# expect: py-endless-loop
def total(node):
    result = 0
    while node is not None:
        result += node.value
    return result
