"""Every catalog language through the real server: start an exercise, save the starter and see
the failing test on the learner's lines, save the reference solution and see it complete with a
recommendation for the same language."""

from __future__ import annotations

from pathlib import Path

import pytest
from lsprotocol import types

from temper.catalog.exercises import Catalog, start
from tests.e2e.harness import Editor

LEARNER_SUFFIXES = {"python": ".py", "javascript": ".js", "typescript": ".ts", "go": ".go",
                    "rust": ".rs", "c": ".c", "java": ".java"}


def first_beginner(catalog: Catalog, language: str):
    return next(e for e in sorted(catalog.exercises.values(), key=lambda e: e.id)
                if e.language == language and e.difficulty == "beginner")


@pytest.mark.parametrize("language", sorted(LEARNER_SUFFIXES))
async def test_a_beginner_exercise_runs_and_completes(language: str, home: Path,
                                                      tmp_path: Path, catalog: Catalog):
    exercise = first_beginner(catalog, language)
    folder = tmp_path / "work"
    start(exercise, folder)
    learner = sorted(p for p in exercise.solution if p.endswith(LEARNER_SUFFIXES[language]))
    assert learner, exercise.id
    editor = await Editor.start(home, folder, options={"runTimeout": 120})
    try:
        await editor.save_and_wait(learner[0], exercise.starter[learner[0]])

        def failures():
            found = [(uri, d) for uri, items in editor.client.diagnostics.items()
                     for d in items if d.code == "test-failed"]
            return found or None

        found = await editor.wait_for(f"failing-test diagnostics for {exercise.id}", failures)
        on_learner = [d for uri, d in found if uri == editor.uri(learner[0])]
        assert on_learner, f"no failure on {learner[0]}: {found}"
        assert on_learner[0].severity == types.DiagnosticSeverity.Warning

        for relpath in learner:
            await editor.save_and_wait(relpath, exercise.solution[relpath])
        message = await editor.wait_for(f"{exercise.id} to complete", lambda: next(
            (m for m in editor.messages() if " tests pass." in m), None), timeout=180)
        assert "Next:" in message
        recommended = message.split("Next: ", 1)[1].split(" ", 1)[0]
        assert recommended.startswith(f"{language}/"), message
        assert failures() is None
    finally:
        await editor.stop()
