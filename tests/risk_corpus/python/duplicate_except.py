# expect: ruff-B025
def to_int(text):
    try:
        return int(text)
    except ValueError:
        return 0
    except ValueError:
        return -1
