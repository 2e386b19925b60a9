# expect: py-off-by-one
names = ["Ada", "Grace", "Linus"]
for i in range(1, len(names) + 1):
    print(i, names[i])
