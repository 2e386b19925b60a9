# expect: none
def describe(value):
    if value is None:
        return "nothing"
    if value is not None and value is True:
        return "yes"
    if value == 0 or value != "":
        return "falsy-ish"
    return "other"
