# expect: py-off-by-one
def bubble_pass(items):
    for i in range(len(items)):
        if items[i] > items[i + 1]:
            items[i], items[i + 1] = items[i + 1], items[i]
    return items
