from first_present import first_present


def test_skips_missing_values():
    assert first_present([None, "Ada", "Grace"]) == "Ada"


def test_zero_is_present():
    assert first_present([None, 0, 5]) == 0


def test_empty_text_is_present():
    assert first_present([None, "", "x"]) == ""


def test_false_and_empty_list_are_present():
    assert first_present([None, False, True]) is False
    assert first_present([None, [], [1]]) == []


def test_all_missing_gives_the_default():
    assert first_present([None, None], default="?") == "?"


def test_no_values_gives_none_by_default():
    assert first_present([]) is None


def test_the_first_of_several_present_values_wins():
    assert first_present([3, 4, 5]) == 3
