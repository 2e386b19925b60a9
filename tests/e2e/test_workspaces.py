"""One pairing session per workspace folder: multi-root workspaces keep them apart."""

from __future__ import annotations

from pathlib import Path

from temper.catalog.exercises import start
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
    assert health["runner"]["backend"] in ("local", "docker") and health["exercises"] >= 8
    await editor.command("temper.hint", {"uri": editor.uri("fizzbuzz.py"), "line": 2})
    assert (await editor.command("temper.usage", {}))["total"] == 1


async def test_a_workspace_reached_through_a_symbolic_link(home: Path, tmp_path: Path, catalog):
    real = tmp_path / "real" / "fb"
    start(catalog.get("python/basics/fizzbuzz"), real)
    (tmp_path / "link").symlink_to(tmp_path / "real", target_is_directory=True)
    linked = tmp_path / "link" / "fb"
    editor = await Editor.start(home, linked)
    try:
        editor.save("fizzbuzz.py", (linked / "fizzbuzz.py").read_text())
        await editor.wait_diagnostics("fizzbuzz.py", "test-failed")  # under the link's URI
        await editor.command("temper.hint", {"uri": editor.uri("fizzbuzz.py"),
                                             "line": 3})
        hover = await editor.hover("fizzbuzz.py", 2)
        assert hover is not None and "Temper · L1" in hover.contents.value
        assert not [m for m in editor.messages() if "hit a problem" in m]
    finally:
        await editor.stop()


async def test_a_reset_from_the_terminal_starts_a_fresh_attempt_in_the_editor(editor: Editor):
    import os
    import subprocess
    import sys

    solution = (Path(__file__).parents[2] / "specs/python/basics/fizzbuzz/solution/fizzbuzz.py"
                ).read_text()
    await editor.save_and_wait("fizzbuzz.py", solution)
    await editor.wait_for("the first completion", lambda: any(
        m.startswith("All 5 tests pass") for m in editor.messages()))
    subprocess.run([sys.executable, "-m", "temper", "exercise", "reset", str(editor.root)],
                   check=True, timeout=120, capture_output=True, env=dict(os.environ))
    await editor.save_and_wait("fizzbuzz.py", solution)
    await editor.wait_for("a second completion", lambda: sum(
        m.startswith("All 5 tests pass") for m in editor.messages()) == 2)
