# expect: py-mutate-while-iterating
def drop_even(numbers):
    for n in numbers:
        if n % 2 == 0:
            numbers.remove(n)
    return numbers


print(drop_even([2, 4, 6, 7]))
