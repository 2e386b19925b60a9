# expect: none
def count_rises(values):
    rises = 0
    for i in range(len(values)):
        if i + 1 < len(values) and values[i] < values[i + 1]:
            rises += 1
    return rises
