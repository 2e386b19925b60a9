# expect: none
def parse_age(text):
    try:
        return int(text)
    except ValueError:
        pass
    return 0


def safe_divide(a, b):
    try:
        return a / b
    except Exception as exc:
        print("could not divide:", exc)
        return None
