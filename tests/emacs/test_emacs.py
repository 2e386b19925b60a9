"""Emacs with Eglot (Debian's emacs-nox + elpa-eglot) against the real `temper lsp`, in batch.

Loads the documented snippet clients/emacs/temper-eglot.el, connects to a started exercise,
saves failing code, sees the test diagnostic through Flymake, lists the hint ladder, takes the
preferred rung the way RET does in Eglot's menu, and reads the hint's diagnostic and hover.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.editors import missing, version_of

ROOT = Path(__file__).resolve().parents[2]
SNIPPET = ROOT / "clients" / "emacs" / "temper-eglot.el"
SCRIPT = Path(__file__).with_name("eglot_smoke.el")
OUTER_TIMEOUT = 180


def test_emacs_eglot_smoke(tmp_path: Path, home: Path, fizzbuzz: Path) -> None:
    emacs = shutil.which("emacs")
    if emacs is None:
        missing("Emacs (apt-get install emacs-nox elpa-eglot)")
    report_path = tmp_path / "report.json"
    # The snippet starts `temper` from PATH: the one installed next to this Python.
    path = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
    env = {**os.environ, "PATH": path, "TEMPER_HOME": str(home), "HOME": str(tmp_path),
           "TEMPER_E2E_SNIPPET": str(SNIPPET), "TEMPER_E2E_OUT": str(report_path),
           "TEMPER_E2E_FILE": str(fizzbuzz / "fizzbuzz.py")}
    started = time.monotonic()
    try:
        proc = subprocess.run([emacs, "--batch", "-l", str(SCRIPT)], cwd=fizzbuzz, env=env,
                              stdin=subprocess.DEVNULL, capture_output=True, text=True, check=False,
                              timeout=OUTER_TIMEOUT)
    except subprocess.TimeoutExpired as exc:
        pytest.fail(f"emacs did not finish in {OUTER_TIMEOUT} s\nstderr: {exc.stderr}")
    seconds = time.monotonic() - started
    if not report_path.exists():
        pytest.fail(f"emacs exited {proc.returncode} without a report\nstderr: {proc.stderr}")
    report = json.loads(report_path.read_text())
    if report["ok"] is not True:
        pytest.fail(f"{version_of(emacs)}: {report['failure']}\n{json.dumps(report, indent=1)}"
                    f"\nstderr: {proc.stderr[-3000:]}", pytrace=False)
    steps = [s["name"] for s in report["steps"]]
    assert steps[:5] == ["connected", "saved and saw", "code actions", "took the offered hint",
                         "hover"], steps
    assert any("(offered now)" in t for t in report["steps"][2]["detail"])
    assert steps[-1] == "multi-byte columns" and report["steps"][-1]["detail"] == "[]", steps
    print(f"{report['emacs']} eglot {report['eglot']}: {len(steps)} steps in {seconds:.1f} s")
