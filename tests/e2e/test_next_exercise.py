"""The next exercise, offered in the editor when one completes: prerequisites met, the same
language, chosen from the profile, and started by the "Start <title>" action."""

from __future__ import annotations

from pathlib import Path

from temper.catalog.exercises import Catalog, find_marker
from tests.e2e.harness import Editor

FIZZBUZZ = "python/basics/fizzbuzz"


async def test_completing_offers_the_next_exercise_with_its_reason(editor: Editor,
                                                                   catalog: Catalog):
    editor.save("fizzbuzz.py", catalog.get(FIZZBUZZ).solution["fizzbuzz.py"])
    [question] = await editor.wait_for("the completion question", lambda: editor.requests)
    assert question.message.startswith("All 5 tests pass")
    assert "without a single hint" in question.message
    start, later = question.actions
    assert start.title.startswith("Start ") and later.title == "Not now"
    [chosen] = [e for e in catalog.exercises.values()
                if f"Next: {e.id} ({e.title})" in question.message]
    assert start.title == f"Start {chosen.title}"
    assert chosen.language == "python" and set(chosen.prerequisites) <= {FIZZBUZZ}
    # a clean success asks for a step up when one is open
    open_harder = [e for e in catalog.exercises.values() if e.language == "python"
                   and e.difficulty != "beginner" and set(e.prerequisites) <= {FIZZBUZZ}]
    assert chosen.difficulty == ("intermediate" if open_harder else "beginner")
    assert "because it practises" in question.message
    assert not editor.client.shown_documents  # dismissed: nothing was started
    nxt = await editor.command("temper.nextExercise", {})
    assert nxt["id"] == chosen.id and nxt["reason"] and nxt["language"] == "python"
    other = await editor.command("temper.nextExercise", {"language": "javascript"})
    assert other is None or other["language"] == "javascript"


async def test_the_start_action_writes_the_exercise_beside_and_opens_it(editor: Editor,
                                                                        fizzbuzz: Path,
                                                                        catalog: Catalog):
    editor.answer = "Start "
    editor.save("fizzbuzz.py", catalog.get(FIZZBUZZ).solution["fizzbuzz.py"])
    shown = await editor.wait_for("the next exercise's file",
                                  lambda: editor.client.shown_documents)
    assert shown[0].take_focus
    opened = Path(shown[0].uri.removeprefix("file://"))
    marker = find_marker(opened.parent)
    assert marker is not None and marker.root.parent == fizzbuzz.resolve().parent
    assert f"Next: {marker.exercise_id} " in editor.requests[0].message
    exercise = catalog.get(marker.exercise_id)
    assert opened.read_text() == exercise.starter[opened.relative_to(marker.root).as_posix()]
    await editor.wait_for("the started message", lambda: any(
        m.startswith(f"Started {exercise.title}") for m in editor.messages()))
    editor.open(str(opened))
    status = await editor.command("temper.status", {"uri": opened.as_uri()})
    assert status["exercise"] == exercise.id and not status["completed"]
