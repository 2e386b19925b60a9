# expect: none
def factorial(n):
    if n <= 1:
        return 1
    return n * factorial(n - 1)


def countdown(n):
    if n > 0:
        print(n)
        countdown(n - 1)


def total_size(node):
    return node["size"] + sum(total_size(child) for child in node["children"])


def power(base, exponent):
    if exponent < 0:
        raise ValueError("negative exponent")
    return 1 if exponent == 0 else base * power(base, exponent - 1)
