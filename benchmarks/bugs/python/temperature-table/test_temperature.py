from temperature import c_to_f, f_to_c, format_table, table


def test_boiling():
    assert c_to_f(100) == 212


def test_body_temperature():
    assert round(f_to_c(98.6), 1) == 37.0


def test_table_includes_both_ends():
    assert table(0, 20, 10) == [(0, 32.0), (10, 50.0), (20, 68.0)]


def test_single_row_table():
    assert table(-40, -40, 5) == [(-40, -40.0)]


def test_format():
    assert format_table([(0, 32.0)]) == "   0 C =   32.0 F"
