from students import count_passing, first_failing


def test_nobody_fails():
    assert first_failing([("ann", 70), ("bob", 80)], 50) is None


def test_first_student_fails():
    assert first_failing([("cid", 30), ("dee", 90)], 50) == "cid"


def test_later_student_fails():
    assert first_failing([("ann", 70), ("bob", 40), ("cid", 20)], 50) == "bob"


def test_count_passing():
    assert count_passing([("ann", 70), ("bob", 40)], 50) == 1
