"""The exercise spec's schema: the committed file is the model's, fields are described, and
positions in a YAML file map to fields and back."""

from __future__ import annotations

from pathlib import Path

from temper.catalog.exercises import Exercise, Hints
from temper.catalog.schema import describe, schema_text
from temper.catalog.yaml_lines import YamlMap

COMMITTED = Path(__file__).parents[2] / "specs" / "exercise.schema.json"
SPEC = """id: python/basics/x
title: X
concepts: [loops, lists]
hints:
  L0:
    - "Why?"
    - |
      What if
      it is empty?
  L3: []
"""


def test_the_committed_schema_is_the_models():
    assert COMMITTED.read_text(encoding="utf-8") == schema_text(), \
        "run `temper spec schema -o specs/exercise.schema.json`"


def test_every_field_has_a_description():
    for model in (Exercise, Hints):
        for name, info in model.model_fields.items():
            assert info.description, f"{model.__name__}.{name}"
    assert "rubric" in schema_text() and "Absolute paths" in schema_text()


def test_describe_follows_references_and_list_items():
    assert describe(["hints", "L0", 1])[0] == "L0"
    assert "question mark" in describe(["hints", "L0", 1])[1]["description"]
    assert describe(["rubric", "criteria", 0, "weight"])[0] == "weight"
    assert describe(["nonsense"]) is None


def test_lines_of_fields_and_list_items():
    lines = YamlMap(SPEC)
    assert lines.line(["concepts", 1]) == 3
    assert lines.line(["hints", "L0", 1]) == 7
    assert lines.line(["hints", "L2", 0]) == 4  # missing: the deepest part present
    assert lines.line(["nope"]) == 1


def test_the_field_at_a_position():
    lines = YamlMap(SPEC)
    assert lines.path_at(0, 1) == ["id"]
    assert lines.path_at(2, 12) == ["concepts", 0]
    assert lines.path_at(7, 4) == ["hints", "L0", 1]
    assert lines.path_at(4, 3) == ["hints", "L0"]
    assert YamlMap("a: [unclosed").path_at(0, 0) == []
