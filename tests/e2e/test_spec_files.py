"""Authoring exercise specs in the editor: live diagnostics at the offending line while typing,
and hovers that explain fields from the schema, against the real `temper lsp` process."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest_asyncio
from lsprotocol import types

from tests.e2e.harness import Editor

CATALOG = Path(__file__).parents[2] / "specs"
SPEC = "python/basics/fizzbuzz/exercise.yaml"


@pytest_asyncio.fixture
async def author(home: Path, tmp_path: Path):
    root = tmp_path / "specs"
    root.mkdir()
    shutil.copy(CATALOG / "concepts.yaml", root)
    shutil.copytree(CATALOG / "python/basics/fizzbuzz", root / "python/basics/fizzbuzz")
    editor = await Editor.start(home, root)
    yield editor
    await editor.stop()


def type_text(editor: Editor, relpath: str, text: str) -> None:
    """Change the open document without saving it."""
    uri = editor.uri(relpath)
    editor.versions[uri] += 1
    editor.client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=editor.versions[uri]),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)]))


def index_of(text: str, fragment: str) -> int:
    return next(i for i, line in enumerate(text.splitlines()) if fragment in line)


async def test_problems_show_at_their_line_while_typing_and_clear_when_fixed(author: Editor):
    original = (author.root / SPEC).read_text()
    author.open(SPEC)
    broken = original.replace("concepts: [conditionals, modulo, functions]",
                              "concepts: [conditionals, modulo, wizardry]")
    first_l0 = next(line for line in original.splitlines() if line.startswith("    - ")
                    and line.rstrip().endswith('?"'))
    broken = broken.replace(first_l0, first_l0.replace('?"', '."'))
    type_text(author, SPEC, broken)
    found = await author.wait_diagnostics(SPEC, "exercise-spec")
    by_line = {d.range.start.line: d for d in found}
    concept = by_line[index_of(broken, "concepts:")]
    assert "unknown concept 'wizardry'" in concept.message
    assert concept.severity == types.DiagnosticSeverity.Error
    question = by_line[index_of(broken, first_l0.replace('?"', '."').strip())]
    assert "L0 hint 1 is not a question" in question.message
    assert (author.root / SPEC).read_text() == original  # nothing was saved
    type_text(author, SPEC, original)
    await author.wait_diagnostics(SPEC, "exercise-spec", present=False)


async def test_a_schema_error_in_a_nested_field_points_at_it(author: Editor):
    original = (author.root / SPEC).read_text()
    author.open(SPEC)
    broken = original.replace("  timeout: 10", "  timeout: -3")
    type_text(author, SPEC, broken)
    [found] = await author.wait_diagnostics(SPEC, "exercise-spec")
    assert found.range.start.line == index_of(broken, "timeout: -3")
    assert "check.timeout" in found.message and "greater than 0" in found.message


async def test_hover_explains_fields_from_the_schema(author: Editor):
    text = (author.root / SPEC).read_text()
    author.open(SPEC)

    async def hover_at(fragment: str, column: int) -> str:
        result = await author.client.text_document_hover_async(types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=author.uri(SPEC)),
            position=types.Position(line=index_of(text, fragment), character=column)))
        assert result is not None, fragment
        return result.contents.value

    difficulty = await hover_at("difficulty:", 2)
    assert "**difficulty**" in difficulty and "`beginner`" in difficulty
    assert "matching the track" in difficulty
    concept = await hover_at("concepts:", text.splitlines()[index_of(text, "concepts:")]
                             .index("modulo") + 1)
    assert "`modulo`:" in concept and "remainder" in concept.lower()
    hints = await hover_at("  L0:", 3)
    assert "**hints.L0**" in hints and "question mark" in hints


async def test_a_draft_spec_in_the_catalog_is_checked_but_a_projects_yaml_is_not(
        author: Editor, tmp_path: Path):
    draft = "python/basics/draft.yaml"
    (author.root / draft).write_text("id: python/basics/draft\ntitle: Draft\n")
    author.open(draft)
    found = await author.wait_diagnostics(draft, "exercise-spec")
    assert any("language: Field required" in d.message for d in found)
    project = tmp_path / "project" / "specs"
    project.mkdir(parents=True)
    (project / "deploy.yaml").write_text("replicas: 3\n")
    author.open(str(project / "deploy.yaml"))
    hover = await author.client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=(project / "deploy.yaml").as_uri()),
        position=types.Position(line=0, character=1)))
    assert hover is None and not author.diagnostics(str(project / "deploy.yaml"))
