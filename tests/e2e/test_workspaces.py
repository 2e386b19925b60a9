"""One pairing session per workspace folder: multi-root workspaces keep them apart."""

from __future__ import annotations

from pathlib import Path

from temper.exercises import start
from tests.e2e.harness import Editor


async def test_each_workspace_folder_has_its_own_session(home: Path, fizzbuzz: Path,
                                                         tmp_path: Path, catalog):
    other = tmp_path / "leap"
    start(catalog.get("python/basics/leap-year"), other)
    editor = await Editor.start(home, fizzbuzz, more_folders=(other,))
    try:
        leap_file = next(p.name for p in other.iterdir() if p.suffix == ".py"
                         and not p.name.startswith("test_"))
        editor.save("fizzbuzz.py", (fizzbuzz / "fizzbuzz.py").read_text())
        await editor.wait_diagnostics("fizzbuzz.py", "test-failed")
        await editor.command("temper.hint", {"uri": editor.uri("fizzbuzz.py"), "line": 3})
        fizz = await editor.command("temper.status", {"uri": editor.uri("fizzbuzz.py")})
        leap = await editor.command("temper.status", {"uri": (other / leap_file).as_uri()})
        assert fizz["exercise"] == "python/basics/fizzbuzz" and fizz["hints"] == 1
        assert leap["exercise"] == "python/basics/leap-year"
        assert (leap["hints"], leap["runs"], leap["testState"]) == (0, 0, "unknown")
    finally:
        await editor.stop()


async def test_an_exercise_started_from_the_editor_gets_a_session(editor: Editor,
                                                                   tmp_path: Path):
    folder = tmp_path / "vowels"
    started = await editor.command("temper.startExercise",
                                   {"id": "python/basics/vowel-count", "folder": str(folder)})
    assert started["folder"] == str(folder.resolve())
    assert (folder / ".temper" / "exercise.json").is_file()
    status = await editor.command("temper.status", {"uri": (folder / "x.py").as_uri()})
    assert status["exercise"] == "python/basics/vowel-count"
    exercises = await editor.command("temper.exercises", {})
    assert all("solution" not in e for e in exercises) and len(exercises) >= 8


async def test_health_and_usage_commands(editor: Editor):
    health = await editor.command("temper.health", {})
    assert health["runner"]["backend"] == "local" and health["exercises"] >= 8
    await editor.command("temper.hint", {"uri": editor.uri("fizzbuzz.py"), "line": 2})
    assert (await editor.command("temper.usage", {}))["total"] == 1
