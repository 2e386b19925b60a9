# expect: ruff-E722
def safe_int(text):
    try:
        return int(text)
    except:
        print("could not read a number")
        return 0
