# expect: py-off-by-one
def total(scores):
    result = 0
    for i in range(len(scores) + 1):
        result += scores[i]
    return result
