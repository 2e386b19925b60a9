# expect: ruff-PLW0120
def contains(items, target):
    for item in items:
        if item == target:
            return True
    else:
        return False
