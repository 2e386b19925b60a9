from common_letters import common_letters


def test_letters_in_both_words():
    assert common_letters("apple", "grape") == ["a", "e", "p"]


def test_each_letter_appears_once():
    assert common_letters("banana", "bandana") == ["a", "b", "n"]


def test_capitals_count_as_the_same_letter():
    assert common_letters("Hello", "WORLD") == ["l", "o"]


def test_non_letters_are_ignored():
    assert common_letters("a1 b!", "b1 a!") == ["a", "b"]


def test_nothing_in_common():
    assert common_letters("abc", "xyz") == []


def test_empty_text():
    assert common_letters("", "abc") == []


def test_the_result_is_sorted():
    assert common_letters("zyxa", "axyz") == ["a", "x", "y", "z"]
