# expect: none
def double_values(prices):
    for key in prices:
        prices[key] = prices[key] * 2
    return prices


def evens(source):
    result = []
    for x in source:
        if x % 2 == 0:
            result.append(x)
    return result
