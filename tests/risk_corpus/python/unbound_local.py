# expect: ruff-F823
count = 0


def increment():
    print(count)
    count = count + 1
    return count
