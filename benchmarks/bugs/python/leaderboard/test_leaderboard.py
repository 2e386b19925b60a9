from leaderboard import rank_of, top_scores


def test_rank_of_best():
    assert rank_of([10, 30, 20], 30) == 1


def test_rank_with_tie():
    assert rank_of([10, 30, 30], 10) == 3


def test_top_three():
    assert top_scores([5, 40, 15, 25]) == [40, 25, 15]


def test_fewer_than_n():
    assert top_scores([7], n=3) == [7]
