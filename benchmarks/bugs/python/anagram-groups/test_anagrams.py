from anagrams import group_anagrams, is_anagram


def test_is_anagram():
    assert is_anagram("listen", "Silent")


def test_word_is_not_its_own_anagram():
    assert not is_anagram("stop", "Stop")


def test_no_words_no_groups():
    assert group_anagrams([]) == []


def test_groups_in_first_seen_order():
    assert group_anagrams(["tea", "eat", "tan", "ate", "nat", "bat"]) == [
        ["tea", "eat", "ate"], ["tan", "nat"], ["bat"]]


def test_case_is_ignored():
    assert group_anagrams(["Dusty", "study"]) == [["Dusty", "study"]]
