# expect: none
def classify(n):
    if n < 0:
        return "negative"
    if n == 0:
        raise ValueError("zero is not allowed")
    for k in range(2, n):
        if n % k == 0:
            continue
    return "positive"
