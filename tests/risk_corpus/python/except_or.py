# expect: ruff-PLW0711
def parse(text):
    try:
        return int(text)
    except ValueError or TypeError:
        return None
