from caesar import decrypt, encrypt


def test_lowercase():
    assert encrypt("abc", 1) == "bcd"


def test_wraps():
    assert encrypt("xyz", 3) == "abc"


def test_keeps_punctuation():
    assert encrypt("hi, you!", 2) == "jk, aqw!"


def test_capitals_stay_capital():
    assert encrypt("Hello", 3) == "Khoor"


def test_decrypt_round_trip():
    assert decrypt(encrypt("Attack at Dawn", 5), 5) == "Attack at Dawn"
