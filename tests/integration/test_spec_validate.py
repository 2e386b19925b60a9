"""`temper spec validate` and `temper spec schema`, run as an author would, on copies of catalog
exercises broken in the ways authors break them."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

CATALOG = Path(__file__).parents[2] / "specs"


def temper(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "temper", *args], capture_output=True,
                          text=True, timeout=600, cwd=cwd)


@pytest.fixture
def specs(tmp_path: Path) -> Path:
    """A small catalog: the concepts file, fizzbuzz and leap-year."""
    root = tmp_path / "specs"
    root.mkdir()
    shutil.copy(CATALOG / "concepts.yaml", root)
    for slug in ("fizzbuzz", "leap-year"):
        shutil.copytree(CATALOG / "python/basics" / slug, root / "python/basics" / slug)
    return root


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, old
    path.write_text(text.replace(old, new, 1))


def set_field(path: Path, key: str, value: str) -> None:
    """Replace a top-level `key: …` line, or add one."""
    lines = [line for line in path.read_text().splitlines() if not line.startswith(f"{key}:")]
    path.write_text("\n".join([*lines[:4], f"{key}: {value}", *lines[4:]]) + "\n")


def line_of(path: Path, fragment: str) -> int:
    return next(i for i, line in enumerate(path.read_text().splitlines(), 1) if fragment in line)


def test_a_good_catalog_passes_with_its_tests_run(specs: Path):
    done = temper("spec", "validate", str(specs), "--json")
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(done.stdout)
    assert report["specs"] == 2 and report["errors"] == 0 and report["ran"] is True


def test_static_problems_are_reported_at_their_lines(specs: Path):
    fizz = specs / "python/basics/fizzbuzz/exercise.yaml"
    set_field(fizz, "concepts", "[conditionals, modulo, wizardry]")
    edit(fizz, '    - "How can you tell, without dividing by hand, that a number is divisible '
               'by 3?"', '    - "Think about divisibility by 3."')
    set_field(fizz, "prerequisites", "[python/basics/leap-year, python/basics/gone]")
    leap = specs / "python/basics/leap-year/exercise.yaml"
    set_field(leap, "prerequisites", "[python/basics/fizzbuzz]")
    done = temper("spec", "validate", "--no-run", str(specs), cwd=specs)
    assert done.returncode == 1
    out = done.stdout
    rel = "python/basics/fizzbuzz/exercise.yaml"
    assert f"{rel}:{line_of(fizz, 'concepts:')}: error: unknown concept 'wizardry'" in out
    assert f"{rel}:{line_of(fizz, 'Think about divisibility')}: error: L0 hint 2 is not a " \
           "question" in out
    assert f"{rel}:{line_of(fizz, 'prerequisites:')}: error: unknown prerequisite " \
           "'python/basics/gone'" in out
    assert re.search(r"leap-year/exercise\.yaml:\d+: error: prerequisites form a cycle: "
                     r"python/basics/\S+ → python/basics/\S+ → python/basics/\S+", out), out
    assert "tests not run" in done.stderr


def test_schema_errors_duplicates_and_traversal(specs: Path):
    leap = specs / "python/basics/leap-year/exercise.yaml"
    edit(leap, "id: python/basics/leap-year", "id: python/basics/fizzbuzz")
    fizz = specs / "python/basics/fizzbuzz/exercise.yaml"
    set_field(fizz, "difficulty", "expert")
    fizz.write_text(fizz.read_text() + "starter:\n  ../../escape.py: 'x = 1'\n")
    done = temper("spec", "validate", "--no-run", "--json", str(specs))
    findings = json.loads(done.stdout)["findings"]
    messages = [f"{Path(f['path']).parent.name}:{f['line']}: {f['message']}" for f in findings]
    assert done.returncode == 1
    assert any(m.startswith(f"fizzbuzz:{line_of(fizz, 'difficulty')}: difficulty:")
               for m in messages), messages
    assert any("must stay inside the exercise" in m and
               m.startswith(f"fizzbuzz:{line_of(fizz, 'starter:')}:") for m in messages), messages
    assert "leap-year:1: duplicate id python/basics/fizzbuzz: also in" in "\n".join(messages)
    assert any("does not match the folder" in m for m in messages), messages


def test_a_starter_that_passes_and_a_solution_that_fails_are_errors(specs: Path):
    folder = specs / "python/basics/leap-year"
    starter = next((folder / "starter").iterdir())
    solution = folder / "solution" / starter.name
    right, wrong = solution.read_text(), starter.read_text()
    starter.write_text(right)
    solution.write_text(wrong)
    done = temper("spec", "validate", str(folder))
    assert done.returncode == 1
    assert "error: the starter passes all" in done.stdout
    assert "error: the reference solution does not pass every test" in done.stdout
    assert "fizzbuzz" not in done.stdout  # only the path asked for


def test_an_l3_hint_that_is_the_solution_is_refused_with_the_measure(specs: Path):
    folder = specs / "python/basics/fizzbuzz"
    solution = (folder / "solution/fizzbuzz.py").read_text()
    spec = folder / "exercise.yaml"
    block = "\n".join("      " + line for line in solution.splitlines())
    spec.write_text(spec.read_text() + f"    - |\n{block}\n")
    done = temper("spec", "validate", "--no-run", str(spec))
    assert done.returncode == 1
    assert re.search(r"L3 hint 2 is \d+% similar to the reference solution \(limit 60%", 
                     done.stdout), done.stdout


def test_bad_yaml_is_an_error_with_its_line(specs: Path):
    spec = specs / "python/basics/fizzbuzz/exercise.yaml"
    spec.write_text("id: python/basics/fizzbuzz\ntitle: [unclosed\n")
    done = temper("spec", "validate", str(spec))
    assert done.returncode == 1 and re.search(r"exercise\.yaml:[23]: error: invalid YAML",
                                              done.stdout), done.stdout


def test_schema_prints_and_writes(tmp_path: Path):
    printed = temper("spec", "schema")
    assert json.loads(printed.stdout)["title"] == "Temper exercise"
    target = tmp_path / "schema.json"
    assert temper("spec", "schema", "-o", str(target)).returncode == 0
    assert target.read_text() == printed.stdout == (CATALOG / "exercise.schema.json").read_text()


def test_hostile_specs_are_refused_quickly_with_a_line(specs: Path):
    spec = specs / "python/basics/fizzbuzz/exercise.yaml"
    laughs = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{c}: &{c} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n"
        for p, c in zip("abcdefgh", "bcdefghi", strict=True))
    spec.write_text("id: python/basics/fizzbuzz\n" + laughs)
    done = temper("spec", "validate", "--no-run", str(spec))
    assert done.returncode == 1
    assert "exercise.yaml:3: error: YAML aliases (*name) are not allowed" in done.stdout
    spec.write_text("title: " + "x" * 300_000 + "\n")
    huge = temper("spec", "validate", "--no-run", str(spec))
    assert huge.returncode == 1 and "the spec is over 200,000 characters" in huge.stdout


def test_a_starter_that_never_finishes_is_an_error_even_after_the_retry(specs: Path):
    folder = specs / "python/basics/fizzbuzz"
    (folder / "starter/fizzbuzz.py").write_text("def fizzbuzz(n):\n    while True:\n"
                                                "        pass\n")
    done = temper("spec", "validate", "--timeout", "2", str(folder))
    assert done.returncode == 1
    assert "error: the tests cannot run on the starter: the tests did not finish within 2 s" \
        in done.stdout
