"""The extension's own logic (vscode-extension/test, node:test on its pure modules), from pytest."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.editors import missing

EXTENSION = Path(__file__).resolve().parents[2] / "vscode-extension"


def test_extension_unit_tests_pass():
    if not (EXTENSION / "node_modules" / ".bin" / "esbuild").exists():
        missing("the extension's npm deps (vscode-extension/node_modules)")
    result = subprocess.run(["npm", "test", "--silent"], cwd=EXTENSION, capture_output=True,
                            text=True, timeout=300, check=False, stdin=subprocess.DEVNULL,
                            env={**os.environ, "TEMPER_PYTHON": sys.executable})
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "# fail 0" in result.stdout and "# skipped 0" in result.stdout, result.stdout[-2000:]
