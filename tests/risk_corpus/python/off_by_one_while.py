# expect: py-off-by-one
items = ["a", "b", "c"]
i = 0
while i <= len(items):
    print(items[i])
    i += 1
