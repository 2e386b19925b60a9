def count_digits(n):
    n = abs(n)
    if n == 0:
        return 1
    count = 0
    while n > 0:
        count += 1
        n // 10
    return count


def digit_sum(n):
    return sum(int(d) for d in str(abs(n)))
