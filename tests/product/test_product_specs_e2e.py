"""A learner's own project with a product spec, in the real server: live checks while the spec
is edited, and each criterion's progress after a run, as diagnostics and code lenses."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest_asyncio
from lsprotocol import types

from tests.e2e.harness import WAIT, Editor

SPEC = """\
name: Tiny todo
version: 1.0.0
language: python
goals:
  - Keep a short list of tasks and mark them done from Python code.
features:
  - id: add
    title: Add tasks
    description: Adding a task stores it with the next number.
acceptance_criteria:
  - id: add-numbers
    feature: add
    description: Adding two tasks returns 1 then 2.
    tests: [test_add_returns_increasing_numbers]
  - id: add-empty
    feature: add
    description: Adding an empty task raises ValueError.
    tests: [test_empty_task_is_rejected]
"""

BROKEN = """\
class Todo:
    def __init__(self):
        self.tasks = []

    def add(self, text):
        self.tasks.append(text)
        return len(self.tasks)
"""

FIXED = BROKEN.replace("        self.tasks.append(text)", "        if not text:\n"
                       "            raise ValueError('empty task')\n"
                       "        self.tasks.append(text)")

TESTS = """\
import pytest
from todo import Todo


def test_add_returns_increasing_numbers():
    todo = Todo()
    assert todo.add("milk") == 1
    assert todo.add("bread") == 2


def test_empty_task_is_rejected():
    with pytest.raises(ValueError):
        Todo().add("")
"""


@pytest_asyncio.fixture
async def project(home: Path, tmp_path: Path):
    root = tmp_path / "todo"
    (root / ".specs").mkdir(parents=True)
    (root / ".specs" / "todo.yaml").write_text(SPEC)
    (root / "todo.py").write_text(BROKEN)
    (root / "test_todo.py").write_text(TESTS)
    editor = await Editor.start(home, root)
    yield editor
    await editor.stop()


async def lenses(editor: Editor, relpath: str) -> list[str]:
    found = await asyncio.wait_for(editor.client.text_document_code_lens_async(
        types.CodeLensParams(text_document=types.TextDocumentIdentifier(
            uri=editor.uri(relpath)))), WAIT)
    return [lens.command.title for lens in found or []]


async def test_criteria_progress_follows_the_runs(project: Editor):
    spec = ".specs/todo.yaml"
    project.open(spec)
    await project.save_and_wait("todo.py", BROKEN)
    unmet = await project.wait_diagnostics(spec, "product-spec")
    assert [d.message for d in unmet] == [
        "add-empty not met yet: test_empty_task_is_rejected fails"]
    assert unmet[0].range.start.line == 14  # `- id: add-empty`, counted from 0
    titles = await lenses(project, spec)
    assert titles[0] == "1 of 2 acceptance criteria met (50%)"
    assert "add-numbers met: 1 test passes" in titles[1]

    await project.save_and_wait("todo.py", FIXED)
    await project.wait_diagnostics(spec, "product-spec", present=False)
    assert (await lenses(project, spec))[0] == "2 of 2 acceptance criteria met (100%)"
    status = await project.command("temper.status", {"uri": project.uri("todo.py")})
    assert status["exercise"].startswith("project:tiny-todo")


async def test_the_spec_is_checked_while_it_is_edited(project: Editor):
    spec = ".specs/todo.yaml"
    uri = project.open(spec)
    edited = SPEC.replace("feature: add\n    description: Adding an empty",
                          "feature: ad\n    description: Adding an empty") \
        .replace("test_empty_task_is_rejected", "test_empty_task_is_refused")
    project.versions[uri] += 1
    project.client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=project.versions[uri]),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text=edited)]))

    def both():
        found = {d.message: d for d in project.diagnostics(spec, "product-spec")}
        return found if len(found) >= 2 else None

    found = await project.wait_for("the edited spec's problems", both)
    unknown = found["criterion add-empty: no feature 'ad'"]
    assert unknown.severity == types.DiagnosticSeverity.Error
    assert unknown.range.start.line == 15
    missing = found["criterion add-empty: no test named 'test_empty_task_is_refused' in the "
                    "project's test files yet"]
    assert missing.severity == types.DiagnosticSeverity.Warning
    assert missing.range.start.line == 17


async def test_hints_aim_at_the_criterion_not_met(project: Editor):
    await project.save_and_wait("todo.py", BROKEN)
    hint = await project.command("temper.hint", {"uri": project.uri("todo.py"), "line": 5})
    assert "The criterion in focus is add-empty: Adding an empty task raises ValueError." \
        in hint["text"]
    assert "Tiny todo: Keep a short list of tasks" in hint["text"]
