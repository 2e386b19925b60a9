from mask_card import mask_card


def test_a_sixteen_digit_number():
    assert mask_card("4556364607935616") == "############5616"


def test_five_characters_hide_only_the_first():
    assert mask_card("12345") == "#2345"


def test_separators_are_masked_like_digits():
    assert mask_card("1234-5678") == "#####5678"


def test_exactly_four_characters_are_unchanged():
    assert mask_card("1234") == "1234"


def test_short_text_is_unchanged():
    assert mask_card("12") == "12"


def test_empty_text():
    assert mask_card("") == ""


def test_the_result_has_the_same_length():
    number = "4111111111111111"
    assert len(mask_card(number)) == len(number)
