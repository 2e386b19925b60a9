import pytest

from rpn_calculator import evaluate


def test_adds_two_numbers():
    assert evaluate("3 4 +") == 7


def test_a_longer_expression():
    assert evaluate("5 1 2 + 4 * + 3 -") == 14


def test_the_order_of_the_numbers_matters():
    assert evaluate("10 2 -") == 8
    assert evaluate("10 4 /") == 2.5


def test_negative_and_decimal_numbers():
    assert evaluate("-3 2.5 *") == -7.5


def test_a_single_number():
    assert evaluate(" 42 ") == 42


@pytest.mark.parametrize("expression", ["", "1 +", "+", "1 2", "2 3 ^", "two 3 +"])
def test_malformed_expressions_are_errors(expression):
    with pytest.raises(ValueError):
        evaluate(expression)


def test_dividing_by_zero():
    with pytest.raises(ZeroDivisionError):
        evaluate("1 0 /")


def test_text_is_never_run_as_code():
    with pytest.raises(ValueError):
        evaluate("__import__('os')")
