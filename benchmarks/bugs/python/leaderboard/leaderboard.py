def top_scores(scores, n=3):
    ordered = scores.sort(reverse=True)
    return ordered[:n]


def rank_of(scores, score):
    better = 0
    for s in scores:
        if s > score:
            better += 1
    return better + 1
