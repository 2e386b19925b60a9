def first_failing(results, pass_mark):
    """Name of the first student whose score is below pass_mark, or None."""
    for name, score in results:
        if score < pass_mark:
            return name
        return None


def count_passing(results, pass_mark):
    count = 0
    for _, score in results:
        if score >= pass_mark:
            count += 1
    return count
