# expect: py-swallowed-exception, ruff-E722
def parse_age(text):
    age = 0
    try:
        age = int(text)
    except:
        pass
    return age
