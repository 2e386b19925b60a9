"""A learner's own Java project with a product spec: its language is found from its test files,
`temper spec check` is clean, and `temper spec progress` runs its JUnit tests for real and
reports each criterion."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).parent / "java_todo"


def temper(*args: str, cwd: Path, home: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "temper", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=240, check=False, stdin=subprocess.DEVNULL,
                          env={**os.environ, "TEMPER_HOME": str(home)})


def test_a_java_project_reports_progress_per_criterion(tmp_path: Path):
    project = tmp_path / "todo"
    shutil.copytree(PROJECT, project)
    checked = temper("spec", "check", cwd=project, home=tmp_path / "home")
    assert checked.returncode == 0 and "0 errors, 0 warnings" in checked.stdout, checked.stdout
    shown = temper("spec", "progress", cwd=project, home=tmp_path / "home")
    assert "tests: 1 passed, 1 failed" in shown.stdout, shown.stdout + shown.stderr
    assert "1 of 2 acceptance criteria met (50%)" in shown.stdout
    assert "size-counts not met yet: sizeCountsItems fails" in shown.stdout
