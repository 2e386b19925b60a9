# expect: ruff-S102
def run_command(text):
    code = "result = " + text
    scope = {}
    exec(code, scope)
    return scope["result"]
