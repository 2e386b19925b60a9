"""The learning loop through the real server: runs, the ladder, hints, hovers and going green."""

from __future__ import annotations

from pathlib import Path

from lsprotocol import types

from tests.e2e.harness import Editor

STARTER_FIX = (Path(__file__).parents[2] / "specs/python/basics/fizzbuzz/solution/fizzbuzz.py"
               ).read_text()  # the learner's eventual fix


async def test_failing_save_puts_diagnostics_on_learner_line_and_assertion(editor: Editor):
    source = (editor.root / "fizzbuzz.py").read_text()
    editor.save("fizzbuzz.py", source)
    learner = await editor.wait_diagnostics("fizzbuzz.py", "test-failed")
    assertion = editor.diagnostics("test_fizzbuzz.py", "test-failed")
    assert {d.data["test"] for d in learner} == {"test_plain_number_is_text",
                                                 "test_divisible_by_fifteen", "test_one"}
    assert all(d.source == "temper" for d in learner + assertion)
    assert {d.range.start.line for d in assertion} == {4, 16, 20}  # the three failing asserts
    assert any("assert 7 == '7'" in d.message for d in assertion)


async def test_syntax_error_lands_on_its_line(editor: Editor):
    editor.save("fizzbuzz.py", "def fizzbuzz(n):\n    if n % 3 == 0\n        return 'Fizz'\n")
    [diagnostic] = await editor.wait_diagnostics("fizzbuzz.py", "syntax-error")
    assert diagnostic.range.start.line == 1
    assert diagnostic.severity == types.DiagnosticSeverity.Error


async def test_ladder_offers_one_level_and_disables_the_rest_with_reasons(editor: Editor):
    editor.save("fizzbuzz.py", (editor.root / "fizzbuzz.py").read_text())
    await editor.wait_diagnostics("fizzbuzz.py", "test-failed")
    actions = await editor.code_actions("fizzbuzz.py", 2)
    assert [a.title.split(" (")[0] for a in actions] == [f"Temper L{n}" for n in range(6)]
    preferred = [a for a in actions if a.is_preferred]
    assert len(preferred) == 1 and preferred[0].title.startswith("Temper L1")
    assert preferred[0].kind == "quickfix.temper.hint"
    closed = {a.title[:9]: a.disabled.reason for a in actions if a.disabled}
    assert set(closed) == {"Temper L2", "Temper L3", "Temper L4", "Temper L5"}
    assert "One rung at a time" in closed["Temper L2"]
    assert "standard track allows at most L3" in closed["Temper L4"]
    assert "2 lower-level hints and 3 failed runs" in closed["Temper L5"]


async def test_hint_becomes_diagnostic_hover_and_message(editor: Editor):
    editor.save("fizzbuzz.py", (editor.root / "fizzbuzz.py").read_text())
    await editor.wait_diagnostics("fizzbuzz.py", "test-failed")
    [offered] = [a for a in await editor.code_actions("fizzbuzz.py", 2) if a.is_preferred]
    result = await editor.take(offered)
    assert result["level"] == 1 and result["provider"] == "offline"
    [hint] = await editor.wait_diagnostics("fizzbuzz.py", "hint-L1")
    assert hint.severity == types.DiagnosticSeverity.Information
    assert hint.range.start.line == 2
    hover = await editor.hover("fizzbuzz.py", 2)
    assert "L1 (category hint)" in hover.contents.value
    assert "Why L1" in hover.contents.value and "You asked for a hint" in hover.contents.value
    await editor.wait_for("the hint message", lambda: any(
        m.startswith("Temper L1:") for m in editor.messages()))


async def test_climbing_to_l2_then_green_completes_the_exercise(editor: Editor):
    source = (editor.root / "fizzbuzz.py").read_text()
    levels = []
    for attempt in range(3):
        editor.save("fizzbuzz.py", source + f"# attempt {attempt}\n")
        await editor.wait_for("a failed run", lambda a=attempt: editor.runs_ended() > a)
        status = await editor.command("temper.status", {"uri": editor.uri("fizzbuzz.py")})
        result = await editor.command("temper.hint", {"uri": editor.uri("fizzbuzz.py"),
                                                      "line": 3,
                                                      "level": status["offeredLevel"]})
        levels.append(result["level"])
        assert result["rationale"]
    assert levels == [1, 2, 3]
    editor.save("fizzbuzz.py", STARTER_FIX)
    await editor.wait_diagnostics("fizzbuzz.py", "test-failed", present=False)
    await editor.wait_diagnostics("fizzbuzz.py", "hint-", present=False)
    message = await editor.wait_for("the appreciation", lambda: next(
        (m for m in editor.messages() if m.startswith("All 5 tests pass")), None))
    assert "3 hints (highest L3)" in message and "Next:" in message
    status = await editor.command("temper.status", {"uri": editor.uri("fizzbuzz.py")})
    assert status["completed"] and status["testState"] == "passing"
    profile = await editor.command("temper.profile")
    assert profile["exercises"][0]["completed"]
