def c_to_f(celsius):
    return celsius * 9 / 5 + 32


def f_to_c(fahrenheit):
    return (fahrenheit - 32) * 5 / 9


def table(start, stop, step):
    """Rows (celsius, fahrenheit) from start to stop, both included."""
    rows = []
    for celsius in range(start, stop, step):
        rows.append((celsius, c_to_f(celsius)))
    return rows


def format_table(rows):
    return "\n".join(f"{c:>4} C = {f:6.1f} F" for c, f in rows)
