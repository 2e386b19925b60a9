from anagram_groups import group_anagrams


def test_empty_list():
    assert group_anagrams([]) == []


def test_single_word():
    assert group_anagrams(["stone"]) == [["stone"]]


def test_classic_example():
    words = ["eat", "tea", "tan", "ate", "nat", "bat"]
    assert group_anagrams(words) == [["eat", "tea", "ate"], ["tan", "nat"], ["bat"]]


def test_case_is_ignored_but_words_are_kept():
    assert group_anagrams(["Listen", "silent", "enlist"]) == [["Listen", "silent", "enlist"]]


def test_letter_counts_matter():
    assert group_anagrams(["aab", "abb", "bab", "baa"]) == [["aab", "baa"], ["abb", "bab"]]
