# expect: ruff-B020
line = "the quick brown fox"
for line in line.split():
    print(line)
