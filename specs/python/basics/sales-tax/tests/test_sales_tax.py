from sales_tax import add_tax


def test_a_round_amount():
    assert add_tax(1000, 20) == 1200


def test_an_exact_half_cent_rounds_up():
    assert add_tax(25, 10) == 28


def test_another_half_cent_that_round_would_send_down():
    assert add_tax(45, 10) == 50
    assert add_tax(5, 10) == 6


def test_less_than_half_a_cent_rounds_down():
    assert add_tax(14, 10) == 15


def test_more_than_half_a_cent_rounds_up():
    assert add_tax(16, 10) == 18


def test_no_tax_and_nothing_to_pay():
    assert add_tax(199, 0) == 199
    assert add_tax(0, 20) == 0


def test_the_result_is_a_whole_number():
    assert isinstance(add_tax(333, 7), int)
