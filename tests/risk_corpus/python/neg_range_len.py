# expect: none
def pairs(items):
    result = []
    for i in range(len(items)):
        print(i, items[i])
    for i in range(len(items) - 1):
        result.append((items[i], items[i + 1]))
    for i in range(1, len(items)):
        result.append((items[i - 1], items[i]))
    for i in range(1, len(items) + 1):
        print(i, items[i - 1])
    return result
