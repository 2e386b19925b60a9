# expect: ruff-B016
def check_age(age):
    if age < 0:
        raise "age cannot be negative"
    return age
