# expect: py-unreachable
def first_negative(numbers):
    found = None
    for n in numbers:
        if n < 0:
            found = n
            break
            print("found one")
    return found
