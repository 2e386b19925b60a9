"""What the localization tests share: a folder of files, and the real `temper localize --json`
run on it as a learner runs it from a terminal."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def localize(folder: Path, timeout: float = 180) -> dict:
    done = subprocess.run([sys.executable, "-m", "temper", "localize", str(folder), "--json"],
                          check=True, capture_output=True, text=True, timeout=timeout)
    return json.loads(done.stdout)


def folder_with(tmp_path: Path, files: dict[str, str]) -> Path:
    """`tmp_path/work` holding `files` (relative path -> text; folders are made)."""
    folder = tmp_path / "work"
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text)
    return folder
