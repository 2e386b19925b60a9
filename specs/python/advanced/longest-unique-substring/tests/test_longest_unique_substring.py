import string

from longest_unique_substring import longest_unique


def test_a_repeating_pattern():
    assert longest_unique("abcabcbb") == "abc"


def test_one_letter_repeated():
    assert longest_unique("bbbbb") == "b"


def test_the_best_stretch_is_in_the_middle():
    assert longest_unique("pwwkew") == "wke"


def test_an_old_repeat_outside_the_window_does_not_move_it_back():
    assert longest_unique("abba") == "ab"
    assert longest_unique("tmmzuxt") == "mzuxt"


def test_no_repeats_at_all():
    assert longest_unique("python") == "python"


def test_the_first_of_equally_long_stretches_wins():
    assert longest_unique("abcab") == "abc"


def test_empty_text():
    assert longest_unique("") == ""


def test_a_long_text_in_one_pass():
    text = string.ascii_letters * 2000
    assert longest_unique(text) == string.ascii_letters
