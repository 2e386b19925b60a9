from rle import decode, encode


def test_encode_empty():
    assert encode("") == ""


def test_encode_runs():
    assert encode("aaabcc") == "3a1b2c"


def test_encode_single_char():
    assert encode("x") == "1x"


def test_decode_runs():
    assert decode("3a1b2c") == "aaabcc"


def test_decode_multi_digit_count():
    assert decode("12z") == "z" * 12


def test_round_trip():
    text = "wwwwbbbw"
    assert decode(encode(text)) == text
