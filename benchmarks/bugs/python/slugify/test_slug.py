from slug import slugify


def test_single_word():
    assert slugify("Python") == "python"


def test_punctuation_removed():
    assert slugify("  Hello! ") == "hello"


def test_spaces_become_dashes():
    assert slugify("Learn to Code") == "learn-to-code"


def test_double_dash_collapses():
    assert slugify("Red - Green") == "red-green"
