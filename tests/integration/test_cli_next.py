"""`temper exercise next` from a real profile, as a learner runs it."""

from __future__ import annotations

import json
from pathlib import Path

from temper.catalog.exercises import Catalog
from tests.integration.test_cli import temper


def test_next_follows_the_profile_and_the_language_asked(home: Path, fizzbuzz: Path,
                                                         catalog: Catalog):
    fresh = json.loads(temper("exercise", "next", "--json").stdout)
    assert fresh["difficulty"] == "beginner" and "to begin with" in fresh["reason"]
    (fizzbuzz / "fizzbuzz.py").write_text(
        catalog.get("python/basics/fizzbuzz").solution["fizzbuzz.py"])
    green = temper("run", str(fizzbuzz))
    assert green.returncode == 0 and "Next: python/" in green.stdout
    after = json.loads(temper("exercise", "next", "--json").stdout)
    chosen = catalog.get(after["id"])
    assert chosen.language == "python" and chosen.id != "python/basics/fizzbuzz"
    assert set(chosen.prerequisites) <= {"python/basics/fizzbuzz"}
    assert f"Next: {chosen.id} " in green.stdout  # the same recommendation as at completion
    shown = temper("exercise", "next")
    assert shown.stdout.startswith(chosen.id) and "why: " in shown.stdout
    other = json.loads(temper("exercise", "next", "--language", "c", "--json").stdout)
    assert other is None or (other["language"] == "c" and other["id"].startswith("c/"))
    none = temper("exercise", "next", "--language", "cobol")
    assert none.returncode != 0 and "unknown language 'cobol'" in none.stderr
