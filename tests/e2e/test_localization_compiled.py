"""Per-test coverage ranking for the compiled languages, through the real `temper localize`:
a wrong line in the branch only the failing tests take is ranked at the top."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SHIPPING_GO = '''package shipping

// Cost of sending a parcel: 4 up to 5 kg, then 3 for every further kg.
func Cost(weight int) int {
	if weight <= 5 {
		return 4
	}
	extra := weight - 5
	return 4 + extra*3 - 1
}
'''
SHIPPING_GO_TESTS = '''package shipping

import "testing"

func TestLight(t *testing.T) {
	if got := Cost(1); got != 4 {
		t.Errorf("Cost(1) = %d, want 4", got)
	}
}

func TestFive(t *testing.T) {
	if got := Cost(5); got != 4 {
		t.Errorf("Cost(5) = %d, want 4", got)
	}
}

func TestHeavy(t *testing.T) {
	cases := []struct{ weight, want int }{{6, 7}, {10, 19}}
	for _, c := range cases {
		if got := Cost(c.weight); got != c.want {
			t.Errorf("Cost(%d) = %d, want %d", c.weight, got, c.want)
		}
	}
}
'''


def localize(folder: Path) -> dict:
    done = subprocess.run([sys.executable, "-m", "temper", "localize", str(folder), "--json"],
                          check=True, capture_output=True, text=True, timeout=120)
    return json.loads(done.stdout)


def folder_with(tmp_path: Path, files: dict[str, str]) -> Path:
    folder = tmp_path / "work"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text)
    return folder


@pytest.mark.skipif(shutil.which("go") is None, reason="needs the go command")
def test_go_per_test_coverage_ranks_the_faulty_line_first(home: Path, tmp_path: Path):
    folder = folder_with(tmp_path, {"go.mod": "module example.com/shipping\n\ngo 1.19\n",
                                    "shipping.go": SHIPPING_GO,
                                    "shipping_test.go": SHIPPING_GO_TESTS})
    found = localize(folder)
    assert found["method"] == "spectrum", found
    top = [(s["path"], s["line"]) for s in found["suspects"][:3]]
    assert top[0] == ("shipping.go", 9), found
    assert ("shipping.go", 6) not in top  # the branch every passing test takes
    assert "per-test coverage of 3 tests" in found["note"]
