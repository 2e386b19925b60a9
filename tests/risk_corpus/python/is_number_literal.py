# expect: py-is-literal
def describe(count):
    if count is 0:
        return "none"
    if count is not 1000:
        return "some"
    return "a thousand"
