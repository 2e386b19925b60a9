"""Exercise specs: safe paths, broken specs reported not fatal, solutions never serialised."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from temper.catalog.exercises import (
    Catalog,
    ExerciseError,
    find_marker,
    load_exercise,
    safe_relpath,
    start,
)


@pytest.mark.parametrize("bad", ["/etc/passwd", "../outside.py", "a/../../b", "C:\\x.py", ""])
def test_absolute_paths_and_traversal_are_refused(bad):
    with pytest.raises(ValueError):
        safe_relpath(bad)


def test_clean_relative_paths_pass():
    assert safe_relpath("pkg\\mod.py") == "pkg/mod.py" and safe_relpath("a/b.py") == "a/b.py"


def test_the_solution_never_leaves_in_a_serialisation(catalog):
    for exercise in catalog.exercises.values():
        assert exercise.solution, exercise.id
        dumped = str(exercise.public()) + exercise.model_dump_json()
        assert "solution" not in exercise.public()
        for text in exercise.solution.values():
            assert text not in dumped or text in str(exercise.starter)


def test_a_broken_spec_is_reported_with_its_line_and_the_rest_still_loads(tmp_path: Path,
                                                                          catalog):
    good = catalog.root / "python/basics/fizzbuzz"
    shutil.copytree(good, tmp_path / "good")
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "exercise.yaml").write_text("id: python/basics/x\ntitle: [unclosed\n")
    loaded = Catalog.load(tmp_path)
    assert list(loaded.exercises) == ["python/basics/fizzbuzz"]
    [error] = loaded.errors
    assert re.search(r"broken/exercise\.yaml:\d+: invalid YAML", error), error


def test_a_spec_with_a_traversing_file_is_refused(tmp_path: Path):
    folder = tmp_path / "evil"
    folder.mkdir()
    (folder / "exercise.yaml").write_text(
        "id: python/basics/evil\ntitle: Evil\nlanguage: python\ndifficulty: beginner\n"
        "concepts: [x]\ndescription: d\nhints: {}\nstarter: {'../../escape.py': 'x = 1'}\n")
    with pytest.raises(ExerciseError, match="must stay inside"):
        load_exercise(folder)


def test_start_writes_files_and_a_marker_found_from_below(tmp_path: Path, catalog):
    marker = start(catalog.get("python/basics/fizzbuzz"), tmp_path / "fb")
    (tmp_path / "fb" / "sub").mkdir()
    found = find_marker(tmp_path / "fb" / "sub")
    assert found == marker and found.exercise_id == "python/basics/fizzbuzz"
    assert find_marker(tmp_path) is None


def test_a_spec_file_that_is_not_utf8_is_reported_not_fatal(tmp_path: Path, catalog):
    for name in ("fizzbuzz", "leap-year"):
        shutil.copytree(catalog.root / "python/basics" / name, tmp_path / name)
    (tmp_path / "leap-year" / "starter" / "notes.txt").write_bytes("café".encode("latin-1"))
    loaded = Catalog.load(tmp_path)
    assert list(loaded.exercises) == ["python/basics/fizzbuzz"]
    assert "cannot be read as UTF-8" in loaded.errors[0]


def test_a_schema_error_names_the_line_of_its_field(tmp_path: Path):
    folder = tmp_path / "late"
    folder.mkdir()
    (folder / "exercise.yaml").write_text(
        "id: python/basics/late\ntitle: Late\nlanguage: python\ndifficulty: expert\n"
        "concepts: [x]\ndescription: d\nhints: {}\n")
    with pytest.raises(ExerciseError, match=r"exercise\.yaml:4: difficulty: Input should be"):
        load_exercise(folder)


def test_the_catalog_refuses_a_spec_with_yaml_aliases(tmp_path: Path, catalog):
    folder = tmp_path / "python/basics/fizzbuzz"
    shutil.copytree(catalog.root / "python/basics/fizzbuzz", folder)
    spec = folder / "exercise.yaml"
    spec.write_text(spec.read_text() + "rubric: &r [x, x]\nhints2: *r\n")
    loaded = Catalog.load(tmp_path)
    assert not loaded.exercises
    assert "YAML aliases (*name) are not allowed" in loaded.errors[0]
