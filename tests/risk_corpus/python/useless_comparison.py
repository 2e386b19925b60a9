# expect: ruff-B015
total = 10
total == 0
print(total)
