from stats import average, median


def summary(scores):
    return {
        "count": len(scores),
        "average": average(scores),
        "median": median(scores),
        "best": max(scores),
    }
