import pytest

from csv_fields import split_fields


def test_plain_fields():
    assert split_fields("a,b,c") == ["a", "b", "c"]


def test_a_comma_inside_quotes_is_part_of_the_field():
    assert split_fields('x,"a,b",y') == ["x", "a,b", "y"]


def test_two_quotes_inside_quotes_are_one_quote():
    assert split_fields('"say ""hi""",2') == ['say "hi"', "2"]


def test_empty_fields():
    assert split_fields("a,,") == ["a", "", ""]
    assert split_fields("") == [""]
    assert split_fields('""') == [""]


def test_spaces_are_kept():
    assert split_fields(" a , b ") == [" a ", " b "]


def test_a_quote_inside_plain_text_is_an_ordinary_character():
    assert split_fields('5" screen,ok') == ['5" screen', "ok"]


def test_a_quoted_field_that_never_closes_is_an_error():
    with pytest.raises(ValueError):
        split_fields('"open,field')


def test_text_after_a_closing_quote_is_an_error():
    with pytest.raises(ValueError):
        split_fields('"ab"c,d')
