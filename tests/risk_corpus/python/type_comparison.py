# expect: ruff-E721
def describe(value):
    if type(value) == int:
        return "a whole number"
    return "something else"
