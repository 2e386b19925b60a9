def coldest(readings):
    lowest = 0
    for value in readings:
        if value < lowest:
            lowest = value
    return lowest


def hottest(readings):
    highest = readings[0]
    for value in readings:
        if value > highest:
            highest = value
    return highest


def spread(readings):
    return hottest(readings) - coldest(readings)
