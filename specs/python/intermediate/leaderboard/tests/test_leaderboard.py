from leaderboard import rank


def test_highest_score_first():
    assert rank([("ada", 3), ("ben", 9), ("cleo", 5)]) == ["ben", "cleo", "ada"]


def test_ties_are_in_alphabetical_order():
    assert rank([("cleo", 7), ("ben", 9), ("ada", 7)]) == ["ben", "ada", "cleo"]


def test_everyone_tied():
    assert rank([("zoe", 1), ("ada", 1), ("max", 1)]) == ["ada", "max", "zoe"]


def test_negative_scores():
    assert rank([("ada", -5), ("ben", 0), ("cleo", -1)]) == ["ben", "cleo", "ada"]


def test_the_input_list_is_not_changed():
    players = [("ada", 1), ("ben", 2)]
    rank(players)
    assert players == [("ada", 1), ("ben", 2)]


def test_no_players():
    assert rank([]) == []
