from top_words import count_words, top_words


def test_counts_ignore_case_and_punctuation():
    assert count_words("The cat, the hat.") == {"the": 2, "cat": 1, "hat": 1}


def test_most_frequent_first():
    assert top_words("b a b c b a", 2) == ["b", "a"]


def test_ties_are_alphabetical():
    assert top_words("pear apple fig", 3) == ["apple", "fig", "pear"]


def test_ties_after_the_leader():
    assert top_words("z y x z", 2) == ["z", "x"]
