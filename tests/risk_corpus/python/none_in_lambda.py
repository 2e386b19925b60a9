# expect: py-none-comparison
values = [1, None, 3]
missing = list(filter(lambda v: v == None, values))
print(len(missing))
