"""Simulated learners through the real server: the profile and the offered levels move the way
the learner model says they should, memory recalls past mistakes, and a rebuild reproduces it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.e2e.harness import Editor

ORDER = ["python/basics/fizzbuzz", "python/basics/leap-year", "python/basics/sum-of-multiples",
         "python/basics/vowel-count", "python/basics/reverse-words"]


def learner_file(folder: Path, catalog, exercise_id: str) -> tuple[Path, str, str]:
    """The learner's file in `folder`, its starter text and the text they end up writing."""
    exercise = catalog.get(exercise_id)
    name = next(iter(exercise.starter))
    return folder / name, exercise.starter[name], exercise.solution[name]


async def start(editor: Editor, tmp_path: Path, exercise_id: str) -> Path:
    folder = tmp_path / "practice" / exercise_id.rsplit("/", 1)[-1]
    await editor.command("temper.startExercise", {"id": exercise_id, "folder": str(folder)})
    return folder


async def offered(editor: Editor, path: Path) -> int:
    return (await editor.command("temper.status", {"uri": path.as_uri()}))["offeredLevel"]


async def test_an_improving_learner_needs_less_help_as_skill_grows(home: Path, fizzbuzz: Path,
                                                                   tmp_path: Path, catalog):
    editor = await Editor.start(home, fizzbuzz)
    first_offers, dependency = [], []
    try:
        for number, exercise_id in enumerate(ORDER):
            folder = await start(editor, tmp_path, exercise_id)
            path, starter, solution = learner_file(folder, catalog, exercise_id)
            first_offers.append(await offered(editor, path))
            if number < 2:  # early on: fails, takes hints, climbs, then solves
                for _ in range(2):
                    await editor.save_and_wait(str(path), starter)
                    await editor.command("temper.hint", {"uri": path.as_uri(), "line": 2})
            await editor.save_and_wait(str(path), solution)
            profile = await editor.command("temper.profile")
            dependency.append(profile["hint_dependency"])
        skills = {s["concept"]: s for s in profile["skills"]}
    finally:
        await editor.stop()
    assert all(e["completed"] for e in profile["exercises"])
    # the first hint offered: L1 at the start; L0 once hints were leaned on (dependency) and
    # at the end because the learner knows the new exercise's concepts (skill ≥ 0.8)
    assert first_offers[0] == 1 and first_offers[-1] == 0, first_offers
    assert dependency == sorted(dependency, reverse=True) and dependency[-1] < 0.5, dependency
    assert skills["loops"]["p_known"] > 0.9 and skills["strings"]["p_known"] > 0.9
    assert skills["conditionals"]["p_known"] < 0.5  # only ever solved with hints
    assert skills["loops"]["uncertainty"] < skills["range"]["uncertainty"]  # more evidence
    assert profile["dependency_trend"] == [0.833, 0.833, 0, 0, 0]  # an L1 and an L2 each, then none
    rebuilt = subprocess.run([sys.executable, "-m", "temper", "profile", "rebuild"],
                             capture_output=True, text=True, timeout=120)
    assert "identical to what was there" in rebuilt.stdout, rebuilt.stdout + rebuilt.stderr


async def test_a_learner_who_leans_on_hints_meets_a_challenging_coach(editor: Editor):
    uri = editor.uri("fizzbuzz.py")
    await editor.save_and_wait("fizzbuzz.py", (editor.root / "fizzbuzz.py").read_text())
    first = await editor.command("temper.hint", {"uri": uri, "line": 3})
    second = await editor.command("temper.hint", {"uri": uri, "line": 3})
    assert (first["tone"], second["tone"]) == ("neutral", "challenging")
    assert second["text"].startswith("Before you read on, make one change of your own")
    assert second["level"] == first["level"]  # the tone never changes the level
    hover = await editor.hover("fizzbuzz.py", 2)
    assert "Tone: challenging, because you asked again without running" in hover.contents.value
    for _ in range(3):
        await editor.save_and_wait("fizzbuzz.py", (editor.root / "fizzbuzz.py").read_text())
    third = await editor.command("temper.hint", {"uri": uri, "line": 3})
    assert third["tone"] == "encouraging" and third["text"].startswith("Several runs in a row")


async def test_a_similar_past_mistake_is_recalled_in_a_hint(editor: Editor, tmp_path: Path,
                                                            catalog):
    folder = await start(editor, tmp_path, "python/basics/list-average")
    path, starter, solution = learner_file(folder, catalog, "python/basics/list-average")
    await editor.save_and_wait(str(path), starter)  # ZeroDivisionError on the empty list
    await editor.save_and_wait(str(path), solution)
    divide = "def fizzbuzz(n):\n    return str(n / (n - n))\n"
    await editor.save_and_wait("fizzbuzz.py", divide)
    hint = await editor.command("temper.hint", {"uri": editor.uri("fizzbuzz.py"), "line": 2})
    assert "You fixed a similar ZeroDivisionError in python/basics/list-average." in hint["text"]
    assert "one of your blind spots" in hint["text"]  # the same error, in a second exercise
