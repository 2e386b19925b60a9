from roman import from_roman, to_roman


def test_one():
    assert to_roman(1) == "I"


def test_four_is_subtractive():
    assert to_roman(4) == "IV"


def test_fourteen():
    assert to_roman(14) == "XIV"


def test_three_repeats_a_symbol():
    assert to_roman(3) == "III"


def test_year():
    assert to_roman(2024) == "MMXXIV"


def test_from_roman():
    assert from_roman("MCMXCIV") == 1994
