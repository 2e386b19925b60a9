def collect_evens(numbers, found=[]):
    for n in numbers:
        if n % 2 == 0:
            found.append(n)
    return found


def sum_evens(numbers):
    return sum(collect_evens(numbers))
