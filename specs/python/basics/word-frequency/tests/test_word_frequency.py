from word_frequency import word_frequency


def test_empty_text():
    assert word_frequency("") == {}


def test_single_word():
    assert word_frequency("hello") == {"hello": 1}


def test_repeated_word():
    assert word_frequency("the cat and the hat") == {
        "the": 2,
        "cat": 1,
        "and": 1,
        "hat": 1,
    }


def test_case_is_ignored():
    assert word_frequency("Go go GO") == {"go": 3}


def test_extra_whitespace():
    assert word_frequency("  spaced \n out   spaced ") == {"spaced": 2, "out": 1}
