import pytest

from split_the_bill import split_bill


def test_an_even_split():
    assert split_bill(900, 3) == [300, 300, 300]


def test_left_over_cents_go_to_the_first_people():
    assert split_bill(1000, 3) == [334, 333, 333]


def test_every_share_is_a_whole_number_of_cents():
    assert all(isinstance(share, int) for share in split_bill(1000, 3))


def test_the_shares_add_up_to_the_bill():
    assert sum(split_bill(1001, 7)) == 1001


def test_more_people_than_cents():
    assert split_bill(2, 4) == [1, 1, 0, 0]


def test_one_person_pays_everything():
    assert split_bill(1234, 1) == [1234]


def test_a_free_meal():
    assert split_bill(0, 2) == [0, 0]


def test_nobody_to_pay_is_an_error():
    with pytest.raises(ValueError):
        split_bill(500, 0)
