# expect: ruff-B012
def read_first_line(path):
    handle = open(path)
    try:
        return handle.readline()
    finally:
        handle.close()
        return ""
