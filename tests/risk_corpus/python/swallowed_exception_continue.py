# expect: py-swallowed-exception
def read_numbers(lines):
    numbers = []
    for line in lines:
        try:
            numbers.append(float(line))
        except Exception:
            continue
    return numbers
