"""The benchmark scripts keep working: each runs once, briefly, and writes figures of the right
shape. Nothing here judges speed; the figures live in benchmarks/README.md."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_runner_benchmark_measures_each_backend(tmp_path: Path):
    out = tmp_path / "runner.json"
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "runner.py"), "--repeat", "1", "--pause", "0",
         "--languages", "python", "--json", str(out)],
        env={**os.environ, "TEMPER_HOME": str(tmp_path / "home")}, capture_output=True,
        text=True, timeout=280, check=False, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(out.read_text())
    python = report["languages"]["python"]
    assert set(python["seconds"]) == set(report["backends"]) >= {"direct", "local"}
    assert all(seconds > 0 for seconds in python["seconds"].values())
    assert set(report["save_to_diagnostics"]) == set(report["backends"]) - {"direct"}
