from multiplier_factory import make_counter, make_multipliers


def test_each_multiplier_uses_its_own_factor():
    assert [f(10) for f in make_multipliers(3)] == [0, 10, 20]


def test_the_first_and_last_multipliers_differ():
    times = make_multipliers(5)
    assert times[1](7) == 7
    assert times[4](7) == 28


def test_zero_multipliers():
    assert make_multipliers(0) == []


def test_multipliers_are_functions():
    assert all(callable(f) for f in make_multipliers(2))


def test_a_counter_counts_its_calls():
    tick = make_counter()
    assert [tick(), tick(), tick()] == [1, 2, 3]


def test_two_counters_count_separately():
    first, second = make_counter(), make_counter()
    first()
    first()
    assert second() == 1
    assert first() == 3
