"""Rust's per-test coverage ranking (LLVM source-based coverage), through the real
`temper localize`: a wrong line in the branch only the failing tests take is ranked first, and a
test that panics in the learner's code keeps its counters."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from temper.runner import coverage_tools
from tests.e2e.localizing import localize

CARGO_TOML = '[package]\nname = "{name}"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n'
SHIPPING = """/// Cost of sending a parcel: 4 up to 5 kg, then 3 for every further kg.
pub fn cost(weight: u32) -> u32 {
    if weight <= 5 {
        return 4;
    }
    let extra = weight - 5;
    4 + extra * 3 - 1
}
"""
SHIPPING_TESTS = """use shipping::cost;

#[test]
fn light() {
    assert_eq!(cost(1), 4);
}

#[test]
fn five() {
    assert_eq!(cost(5), 4);
}

#[test]
fn heavy() {
    assert_eq!(cost(6), 7);
    assert_eq!(cost(10), 19);
}
"""
INITIAL = """/// The first letter of a name, or '?' when the name is empty.
pub fn initial(name: &str) -> char {
    if name.is_empty() {
        return name.chars().next().unwrap();
    }
    name.chars().next().unwrap()
}
"""
INITIAL_TESTS = """use initials::initial;

#[test]
fn ada() {
    assert_eq!(initial("Ada"), 'A');
}

#[test]
fn grace() {
    assert_eq!(initial("grace"), 'g');
}

#[test]
fn empty() {
    assert_eq!(initial(""), '?');
}
"""


def need_rust_coverage() -> None:
    cargo = shutil.which("cargo") or str(Path.home() / ".cargo" / "bin" / "cargo")
    missing = [what for what, found in (("cargo", Path(cargo).exists()),
                                        ("llvm-profdata/llvm-cov", coverage_tools.llvm_tools()))
               if not found]
    if missing:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{', '.join(missing)} missing on CI (scripts/install-runtimes)")
        pytest.skip(f"needs {', '.join(missing)}")


def crate(tmp_path: Path, name: str, lib: str, tests: str) -> Path:
    folder = tmp_path / name
    (folder / "src").mkdir(parents=True)
    (folder / "tests").mkdir()
    (folder / "Cargo.toml").write_text(CARGO_TOML.format(name=name))
    (folder / "src" / "lib.rs").write_text(lib)
    (folder / "tests" / f"{name}.rs").write_text(tests)
    return folder


def test_rust_per_test_coverage_ranks_the_faulty_line_first(home: Path, tmp_path: Path):
    need_rust_coverage()
    found = localize(crate(tmp_path, "shipping", SHIPPING, SHIPPING_TESTS))
    assert found["run"] == "2 passed, 1 failed", found
    assert found["method"] == "spectrum", found
    assert "rust: per-test coverage of 3 tests" in found["note"], found
    top = [(s["path"], s["line"]) for s in found["suspects"][:3]]
    assert top[0] == ("src/lib.rs", 7), found
    assert ("src/lib.rs", 4) not in top  # the branch only the passing tests take
    assert found["suspects"][0]["score"] > found["suspects"][2]["score"]  # not a tie of all


def test_rust_a_test_that_panics_in_the_learners_code_keeps_its_counters(home: Path,
                                                                        tmp_path: Path):
    need_rust_coverage()
    found = localize(crate(tmp_path, "initials", INITIAL, INITIAL_TESTS))
    assert found["run"] == "2 passed, 1 failed", found
    assert "rust: per-test coverage of 3 tests" in found["note"], found  # the panicked one too
    assert found["method"] == "spectrum", found
    assert (found["suspects"][0]["path"], found["suspects"][0]["line"]) == ("src/lib.rs", 4)
    assert ("src/lib.rs", 6) not in [(s["path"], s["line"]) for s in found["suspects"]]
