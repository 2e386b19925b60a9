# expect: py-shadowed-builtin
names = ["Ada", "Grace"]
for id, name in enumerate(names):
    print(id, name)
