# expect: none
def drop_even(numbers):
    for n in numbers[:]:
        if n % 2 == 0:
            numbers.remove(n)
    return numbers


def drop_first(numbers, target):
    for n in numbers:
        if n == target:
            numbers.remove(n)
            break
    return numbers


def odd_only(numbers):
    return [n for n in numbers if n % 2]


def clean(scores):
    for name in list(scores):
        if scores[name] < 50:
            del scores[name]
