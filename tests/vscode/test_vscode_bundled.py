"""The self-contained VS Code extension (scripts/build-vsix: Temper and its libraries inside a
linux-x64 VSIX), installed into code-server, for a learner whose Python has no Temper:

- warm: the interpreter (`temper.pythonPath`, as the Python extension's selection would be) is a
  fresh environment without Temper or anything else; the extension links its bundled libraries
  into a small environment of that interpreter; the learner saves, sees the failing test and
  takes the offered hint, with no other step;
- cold: the installed extension's bundled libraries are broken (pydantic_core removed), so they
  cannot load; the extension offers a private environment, the learner accepts, pip installs the
  bundled wheel there with progress (its dependencies from the build's wheel cache through pip's
  own PIP_FIND_LINKS/PIP_NO_INDEX, as a mirror would), then the same first hint.

Each prints the time from installing the extension to the first diagnostic.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.vscode.test_vscode_e2e import ROOT, _drive, _environment, _start_exercise, _tools

TARGET = "linux-x64"
PYTHON = f"{sys.version_info.major}.{sys.version_info.minor}"
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="the VSIX built here is for linux-x64")


def build_cache() -> Path:
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return Path(os.environ.get("TEMPER_BUILD_CACHE") or base / "temper-build")


def wheelhouse() -> Path:
    """Where scripts/build-vsix keeps the dependencies' wheels (keyed by pyproject.toml)."""
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()[:16]
    return build_cache() / f"wheels-{digest}-{TARGET}-cp{PYTHON.replace('.', '')}"


@pytest.fixture(scope="session")
def bundled_vsix() -> Path:
    """Built once per test session (the dependencies' wheels are cached across sessions)."""
    node24, _ = _tools()
    started = time.monotonic()
    built = subprocess.run(
        ["bash", str(ROOT / "scripts" / "build-vsix"), TARGET, PYTHON], cwd=ROOT,
        env={**os.environ, "PYTHON": sys.executable,
             "PATH": f"{node24.parent}{os.pathsep}{os.environ.get('PATH', '')}"},
        stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=1200, check=False)
    assert built.returncode == 0, f"scripts/build-vsix failed:\n{built.stderr[-4000:]}"
    vsix = ROOT / "vscode-extension" / f"temper-{TARGET}.vsix"
    print(f"{vsix.name}: {vsix.stat().st_size / 1e6:.1f} MB, built in "
          f"{time.monotonic() - started:.0f} s")
    return vsix


def fresh_python(run: Path) -> Path:
    """A Python with no Temper and nothing else installed: a new environment without pip."""
    venv = run / "fresh-python"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True,
                   timeout=120)
    python = venv / "bin" / "python3"
    assert subprocess.run([str(python), "-c", "import temper"], capture_output=True,
                          check=False).returncode != 0, "the fresh Python must not have Temper"
    return python


def learner_environment(run: Path, home: Path) -> tuple[dict[str, str], Path]:
    """The fresh Python first on PATH. (code-server's extension host takes PATH from the login
    shell, where `python3` may have Temper: the tests name the fresh one in temper.pythonPath.)"""
    node24, _ = _tools()
    env = _environment(run, home, node24)
    python = fresh_python(run)
    env["PATH"] = f"{python.parent}{os.pathsep}{env['PATH']}"
    env.pop("PYTHONPATH", None)
    return env, python


def storage(run: Path) -> Path:
    return run / "user-data" / "User" / "globalStorage" / "temper.temper"


def first_diagnostic_seconds(report: str, installed_at: float) -> float:
    stamp = next(line.split()[1] for line in report.splitlines()
                 if line.startswith("DIAGNOSTIC_AT "))
    return int(stamp) / 1000 - installed_at


@pytest.mark.timeout(900)
def test_fresh_python_first_hint_from_the_bundled_libraries(bundled_vsix: Path, tmp_path: Path,
                                                            home: Path):
    run = tmp_path / "run"
    env, python = learner_environment(run, home)
    workspace = _start_exercise(run, {**env, "PATH": os.environ["PATH"]})
    installed_at = time.time()
    report = _drive(_tools(), bundled_vsix, run, env, workspace,
                    {"temper.pythonPath": str(python)}, {"SCENARIO": "first-hint"},
                    "bundled-first-hint")
    made = sorted(p.name for p in storage(run).iterdir())
    assert [name for name in made if name.startswith("bundled-")] and "venv" not in made, made
    stamp = json.loads(next(storage(run).glob("bundled-*/temper-stamp.json")).read_text())
    assert stamp["python"] == str(python), stamp
    seconds = first_diagnostic_seconds(report, installed_at)
    print(f"{report}\nwarm (bundled libraries): install to first diagnostic {seconds:.1f} s")


@pytest.mark.timeout(900)
def test_unloadable_bundle_offers_a_private_environment(bundled_vsix: Path, tmp_path: Path,
                                                        home: Path):
    wheels = wheelhouse()
    assert (wheels / ".complete").exists(), f"no wheel cache at {wheels}"
    run = tmp_path / "run"
    env, python = learner_environment(run, home)
    workspace = _start_exercise(run, {**env, "PATH": os.environ["PATH"]})
    env.update(PIP_NO_INDEX="1", PIP_FIND_LINKS=str(wheels))

    def break_the_bundle(extensions: Path) -> None:
        (libs,) = extensions.glob("temper.temper-*/bundled/libs")
        shutil.rmtree(libs / "pydantic_core")

    installed_at = time.time()
    report = _drive(_tools(), bundled_vsix, run, env, workspace,
                    {"temper.pythonPath": str(python)},
                    {"SCENARIO": "private-environment"}, "private-environment",
                    after_install=break_the_bundle)
    made = sorted(p.name for p in storage(run).iterdir())
    assert "venv" in made and not [n for n in made if n.startswith("bundled-")], made
    venv_python = storage(run) / "venv" / "bin" / "python"
    shown = subprocess.run([str(venv_python), "-m", "pip", "show", "temper-coach"],
                           capture_output=True, text=True, check=False)
    assert "Name: temper-coach" in shown.stdout, shown.stdout + shown.stderr
    assert json.loads((storage(run) / "venv" / "temper-stamp.json").read_text())["python"] == \
        str(python)
    seconds = first_diagnostic_seconds(report, installed_at)
    print(f"{report}\ncold (private environment): install to first diagnostic {seconds:.1f} s")
