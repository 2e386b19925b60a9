from pass_rate import describe, pass_rate


def test_half():
    assert pass_rate([40, 60]) == 50.0


def test_custom_mark():
    assert pass_rate([70, 75, 90, 95], pass_mark=80) == 50.0


def test_no_scores():
    assert pass_rate([]) == 0.0


def test_describe_empty_class():
    assert describe([]) == "0% passed"


def test_describe():
    assert describe([10, 90, 95]) == "67% passed"
