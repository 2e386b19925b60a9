# expect: py-shadowed-builtin
def longest(str):
    return max(str.split(), key=len)


def input(prompt):
    return "fake answer"
