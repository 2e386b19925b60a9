# expect: ruff-S605
import os


def delete(filename):
    os.system("rm " + filename)
