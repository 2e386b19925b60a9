# expect: ruff-B018
def shout(text):
    text.upper
    return text
