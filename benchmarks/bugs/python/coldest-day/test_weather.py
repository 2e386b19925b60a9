from weather import coldest, hottest, spread


def test_coldest_below_zero():
    assert coldest([3, -7, 2]) == -7


def test_hottest():
    assert hottest([3, -7, 12]) == 12


def test_coldest_summer():
    assert coldest([18, 21, 16]) == 16


def test_spread_summer():
    assert spread([18, 25, 16]) == 9
