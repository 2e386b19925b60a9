# expect: none
import os
import subprocess


def list_folder(folder):
    os.system("clear")
    return subprocess.run(["ls", "-l", folder], capture_output=True, check=True)
