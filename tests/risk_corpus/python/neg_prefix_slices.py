# expect: none
def prefixes(word):
    result = []
    for i in range(len(word) + 1):
        result.append(word[:i])
    return result
