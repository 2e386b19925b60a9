def differences(values):
    """[b - a for each neighbouring pair a, b]."""
    diffs = []
    for i in range(len(values)):
        diffs.append(values[i + 1] - values[i])
    return diffs


def is_increasing(values):
    return all(d > 0 for d in differences(values))
