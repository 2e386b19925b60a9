"""The README's install on a PEP 668 system: an interpreter marked EXTERNALLY-MANAGED (as
Debian 12+, Ubuntu 23.04+ and Homebrew mark theirs) refuses `pip install .`, and the route the
README gives beside it, `uv tool install .` (or `pipx install .`), installs `temper-coach` into an
environment of its own and puts a working `temper` on the tool path.

The marked interpreter is a throwaway prefix: a copy of this interpreter's executable with its
standard library linked in and an empty site-packages (not a virtual environment: pip ignores the
marker inside one). uv comes from the package index once, into ~/.cache/temper-build; Temper's
dependencies from scripts/wheelhouse's folder, offline.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="the marked prefix is built the POSIX way")


def marked_interpreter(where: Path) -> Path:
    """A Python whose prefix is `where`, with the EXTERNALLY-MANAGED marker in its stdlib."""
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    stdlib = Path(sysconfig.get_path("stdlib"))
    lib = where / "lib" / version
    (where / "bin").mkdir(parents=True)
    lib.mkdir(parents=True)
    for entry in stdlib.iterdir():
        if entry.name not in ("site-packages", "EXTERNALLY-MANAGED"):
            (lib / entry.name).symlink_to(entry)
    (lib / "site-packages").mkdir()
    (lib / "EXTERNALLY-MANAGED").write_text(
        "[externally-managed]\nError=This Python is managed by the system: use pipx or uv tool.\n")
    python = where / "bin" / version
    shutil.copy2(Path(sys.executable).resolve(), python)
    facts = subprocess.run([str(python), "-c", "import sys; print(sys.prefix == sys.base_prefix"
                            " == sys.argv[1])", str(where)], capture_output=True, text=True,
                           check=True, timeout=60)
    assert facts.stdout.strip() == "True", "the marked interpreter must not be a venv"
    return python


def uv_binary() -> Path:
    cache = Path(os.environ.get("TEMPER_BUILD_CACHE") or
                 Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") /
                 "temper-build")
    target = cache / "uv-tool"
    uv = target / "bin" / "uv"
    if not uv.exists():
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--target",
                        str(target), "--only-binary=:all:", "--root-user-action=ignore", "uv"],
                       check=True, timeout=600)
    return uv


def wheelhouse() -> str:
    made = subprocess.run(["bash", str(ROOT / "scripts" / "wheelhouse"), "linux-x64",
                           f"{sys.version_info.major}.{sys.version_info.minor}"], cwd=ROOT,
                          env={**os.environ, "PYTHON": sys.executable}, capture_output=True,
                          text=True, timeout=1200, check=False)
    assert made.returncode == 0, made.stderr[-3000:]
    return made.stdout.strip()


@pytest.mark.timeout(900)
def test_pip_is_refused_and_uv_tool_install_gives_temper(tmp_path: Path) -> None:
    python = marked_interpreter(tmp_path / "system-python")
    # pip run by the marked interpreter (--python), as `python3 -m pip install .` would be
    refused = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install",
                              "--no-index", str(ROOT)], capture_output=True, text=True,
                             timeout=300, check=False)
    assert refused.returncode != 0
    assert "externally-managed-environment" in refused.stdout + refused.stderr, refused.stderr

    wheels = wheelhouse()
    tools, bin_dir = tmp_path / "uv-tools", tmp_path / "bin"
    env = {**os.environ, "UV_TOOL_DIR": str(tools), "UV_TOOL_BIN_DIR": str(bin_dir),
           "UV_CACHE_DIR": str(tmp_path / "uv-cache"), "UV_NO_INDEX": "1",
           "UV_FIND_LINKS": wheels, "UV_PYTHON_DOWNLOADS": "never",
           "XDG_DATA_HOME": str(tmp_path / "data")}
    env.pop("VIRTUAL_ENV", None)
    installed = subprocess.run([str(uv_binary()), "tool", "install", "--python", str(python),
                                str(ROOT)], env=env, cwd=tmp_path, capture_output=True,
                               text=True, timeout=600, check=False)
    assert installed.returncode == 0, installed.stderr[-4000:]
    assert "temper-coach" in installed.stderr + installed.stdout

    temper = bin_dir / "temper"
    listed = subprocess.run([str(temper), "exercise", "list"], capture_output=True, text=True,
                            timeout=120, check=False,
                            env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
                                 "TEMPER_HOME": str(tmp_path / "temper-home")})
    assert listed.returncode == 0, listed.stderr[-3000:]
    assert "python/basics/fizzbuzz" in listed.stdout
    # the system interpreter stayed clean: Temper lives in the tool's own environment
    assert subprocess.run([str(python), "-c", "import temper"], capture_output=True,
                          check=False).returncode != 0
