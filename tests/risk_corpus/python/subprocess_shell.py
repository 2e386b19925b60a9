# expect: ruff-S602
import subprocess


def list_folder(folder):
    return subprocess.run(f"ls -l {folder}", shell=True, capture_output=True, check=False)
