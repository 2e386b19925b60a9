"""The one place where core types become LSP types: diagnostics, hovers and code actions.

Inside the server a column counts characters (code points), as Python strings do. The client
counts in the position encoding negotiated at `initialize` (utf-8, utf-16 or utf-32): every
range sent goes through `to_client`, every position received through `from_client`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import attrs
from lsprotocol import types
from pygls.workspace import PositionCodec

from temper.core.contract import Intent
from temper.core.fact_lines import fact_line
from temper.core.levels import Level
from temper.core.localization import Localization
from temper.core.results import Location, RunResult, TestResult
from temper.core.risks import Detection, Rule

SOURCE = "temper"
HINT_ACTION_KIND = "quickfix.temper.hint"
MAX_TEST_DIAGNOSTICS = 20
ERROR_CODES = {"SyntaxError": "syntax-error", "IndentationError": "syntax-error",
               "Timeout": "timeout"}


@dataclass(frozen=True)
class HintNote:
    """A delivered hint, pinned to a range of a document for its diagnostic and hover."""

    range: types.Range
    level: Level
    text: str
    rationale: str
    provider: str
    tone: str = "neutral"
    tone_reason: str = ""
    basis: tuple[str, ...] = ()  # what the hint was built from


@functools.cache
def _codec(encoding: str) -> PositionCodec:
    return PositionCodec(encoding=encoding)


def _units(lines: Sequence[str], position: types.Position, codec: PositionCodec
           ) -> types.Position:
    if not 0 <= position.line < len(lines):
        return types.Position(position.line, position.character)
    text = lines[position.line]
    inside = text[: position.character]
    beyond = max(position.character - len(text), 0)  # one past an empty line's end
    return types.Position(position.line, codec.client_num_units(inside) + beyond)


def to_client(lines: Sequence[str], range_: types.Range, encoding: str) -> types.Range:
    """A range in characters as the client counts: code units of its position encoding."""
    codec = _codec(encoding)
    return types.Range(_units(lines, range_.start, codec), _units(lines, range_.end, codec))


def from_client(lines: Sequence[str], position: types.Position, encoding: str
                ) -> types.Position:
    """A position the client sent, in characters (clamped to its line)."""
    if not 0 <= position.line < len(lines):
        return types.Position(position.line, position.character)
    counted = types.Position(position.line, position.character)  # the codec may change it
    found = _codec(encoding).position_from_client_units(list(lines), counted)
    return types.Position(found.line, found.character)


def diagnostic_to_client(diagnostic: types.Diagnostic, lines: Sequence[str], encoding: str,
                         lines_of: Callable[[str], Sequence[str]]) -> types.Diagnostic:
    """A diagnostic with its range, and those of its related places, counted as the client
    counts (`lines_of(uri)` reads another document's lines)."""
    related = diagnostic.related_information
    if related:
        related = [attrs.evolve(r, location=attrs.evolve(r.location, range=to_client(
            lines_of(r.location.uri), r.location.range, encoding))) for r in related]
    return attrs.evolve(diagnostic, range=to_client(lines, diagnostic.range, encoding),
                        related_information=related)


def line_range(lines: list[str], line: int, column: int | None = None) -> types.Range:
    """The range of a 1-based line (from `column` if given), clamped to the document, in
    characters."""
    index = min(max(line - 1, 0), max(len(lines) - 1, 0))
    text = lines[index] if lines else ""
    start = (column - 1) if column else len(text) - len(text.lstrip())
    start = min(max(start, 0), len(text))
    end = len(text.rstrip("\r\n")) if len(text.rstrip("\r\n")) > start else start + 1
    return types.Range(types.Position(index, start), types.Position(index, end))


def _first_line(text: str | None, limit: int = 200) -> str:
    line = (text or "").strip().splitlines()[0] if (text or "").strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _test_diagnostic(test: TestResult, where: Location, lines: list[str], in_test_file: bool,
                     exercise_id: str) -> types.Diagnostic:
    said = _first_line(test.message) or f"{test.error_type or 'failure'}"
    message = said if in_test_file else (fact_line(test) or said)
    if in_test_file:
        text, severity = f"{test.name} fails here: {message}", types.DiagnosticSeverity.Error
    else:
        text = f"{test.name} failed: {message}"
        severity = types.DiagnosticSeverity.Warning
    return types.Diagnostic(
        range=line_range(lines, where.line, where.column), message=text, severity=severity,
        source=SOURCE, code="test-failed",
        data={"test": test.name, "exerciseId": exercise_id, "kind": "test"})


def run_diagnostics(result: RunResult, read_lines, exercise_id: str
                    ) -> dict[str, list[types.Diagnostic]]:
    """Diagnostics per relative path for one run; `read_lines(path)` returns a file's lines."""
    out: dict[str, list[types.Diagnostic]] = {}
    if result.error_location:
        where = result.error_location
        out.setdefault(where.path, []).append(types.Diagnostic(
            range=line_range(read_lines(where.path), where.line, where.column),
            message=f"{result.error_type or 'Error'}: {_first_line(result.message)}",
            severity=types.DiagnosticSeverity.Error, source=SOURCE,
            code=ERROR_CODES.get(result.error_type or "", "run-error"),
            data={"exerciseId": exercise_id, "kind": "error"}))
    failing = [t for t in result.tests if t.status.value != "pass"][:MAX_TEST_DIAGNOSTICS]
    for test in failing:
        for where, in_test in ((test.learner_location, False), (test.test_location, True)):
            if where is not None:
                out.setdefault(where.path, []).append(
                    _test_diagnostic(test, where, read_lines(where.path), in_test, exercise_id))
    return out


def at_fault(by_path: dict[str, list[types.Diagnostic]], result: RunResult, found: Localization,
             read_lines, uri_of, exercise_id: str = "") -> dict[str, list[types.Diagnostic]]:
    """Move each failing test's learner-file diagnostic to the line localization ranks first;
    the failing assertion, where the failure surfaced and the other suspects become its
    relatedInformation. Tests a found repair does not fix keep their place."""
    top = found.top
    if top is None or found.method == "none":
        return by_path
    moved = {t.name: t for t in result.tests if t.status.value != "pass"
             and (found.repair is None or t.name in found.repair.fixes)}
    out = {path: [d for d in diagnostics if not (
        isinstance(d.data, dict) and d.data.get("kind") == "test" and d.data.get("test") in moved
        and d.severity == types.DiagnosticSeverity.Warning)] for path, diagnostics in by_path.items()}
    lines = read_lines(top.path)
    for test in list(moved.values())[:MAX_TEST_DIAGNOSTICS]:
        related = []
        for where, what in ((test.test_location, "the failing assertion"),
                            (test.learner_location, "where the failure surfaced")):
            if where is not None:
                related.append(types.DiagnosticRelatedInformation(types.Location(
                    uri_of(where.path), line_range(read_lines(where.path), where.line)), what))
        for other in found.suspects[1:4]:
            related.append(types.DiagnosticRelatedInformation(types.Location(
                uri_of(other.path), line_range(read_lines(other.path), other.line)),
                "also suspicious"))
        message = fact_line(test) or _first_line(test.message) or \
            f"{test.error_type or 'failure'}"
        out.setdefault(top.path, []).append(types.Diagnostic(
            range=line_range(lines, top.line), severity=types.DiagnosticSeverity.Warning,
            message=f"{test.name} failed: {message} (the line most likely at fault)",
            source=SOURCE, code="test-failed", related_information=related or None,
            data={"test": test.name, "exerciseId": exercise_id, "kind": "test",
                  "localized": found.method}))
    return out


RISK_SEVERITY = {"error": types.DiagnosticSeverity.Error,
                 "warning": types.DiagnosticSeverity.Warning,
                 "info": types.DiagnosticSeverity.Information}


def _at(lines: list[str], line: int, column: int) -> types.Position:
    """A 1-based line and character column as a position in characters, on the document."""
    index = min(max(line - 1, 0), max(len(lines) - 1, 0))
    text = (lines[index] if lines else "").rstrip("\r\n")
    return types.Position(index, min(max(column - 1, 0), len(text)))


def risk_diagnostic(found: Detection, rule: Rule, lines: list[str]) -> types.Diagnostic:
    """A risk detection's diagnostic, in characters (see `to_client`)."""
    start = _at(lines, found.line, found.column)
    end = _at(lines, found.end_line, found.end_column)
    if (end.line, end.character) <= (start.line, start.character):
        end = types.Position(start.line, start.character + 1)
    return types.Diagnostic(
        range=types.Range(start, end), message=found.message,
        severity=RISK_SEVERITY[rule.severity.value], source=SOURCE, code=found.code,
        data={"kind": "risk", "category": rule.category.value, "concept": rule.concept})


def hint_diagnostic(note: HintNote) -> types.Diagnostic:
    first = _first_line(note.text, 160)
    return types.Diagnostic(
        range=note.range, message=f"L{int(note.level)} hint: {first}",
        severity=types.DiagnosticSeverity.Information, source=SOURCE,
        code=f"hint-L{int(note.level)}", data={"kind": "hint", "level": int(note.level)})


def hint_markdown(note: HintNote) -> str:
    tone = f" Tone: {note.tone}, because {note.tone_reason}." if note.tone != "neutral" else ""
    return (f"**Temper · {note.level.label}**\n\n{note.text}\n\n"
            f"---\n*Why L{int(note.level)}:* {note.rationale}\n\n"
            f"*Written by the {note.provider} provider.{tone}*"
            + ("\n\n*Built from:* " + "; ".join(note.basis) if note.basis else ""))


def failure_markdown(test: TestResult) -> str:
    parts = [f"**Temper · test `{test.name}` failed**"]
    if fact_line(test):
        parts.append(fact_line(test) + ".")
    if test.facts and test.facts.missing:
        parts.append(f"*Not reported by this language's test runner: "
                     f"{', '.join(test.facts.missing)}.*")
    if test.message:
        parts.append(f"```text\n{test.message.strip()[:1500]}\n```")
    if test.output:
        parts.append(f"Printed:\n```text\n{test.output.strip()}\n```")
    return "\n\n".join(parts)


def hover(markdown: str, range_: types.Range | None = None) -> types.Hover:
    return types.Hover(contents=types.MarkupContent(types.MarkupKind.Markdown, markdown),
                       range=range_)


def on_lines_of(range_: types.Range, position: types.Position) -> bool:
    """Hovers answer anywhere on the lines a hint or failure covers."""
    return range_.start.line <= position.line <= range_.end.line


def ladder_actions(uri: str, line: int, offered: Level, closed: dict[Level, str | None],
                   diagnostics: list[types.Diagnostic]) -> list[types.CodeAction]:
    """One action per rung: the offered one preferred, closed ones disabled with the reason."""
    actions = []
    for level in Level:
        reason = closed.get(level)
        title = f"Temper {level.label}"
        if level == offered:
            title += " (offered now)"
        elif level >= Level.L4 and reason is None:
            title += " (asks for your reason)"
        args = {"uri": uri, "line": line + 1, "level": int(level), "intent": Intent.HINT.value}
        actions.append(types.CodeAction(
            title=title, kind=HINT_ACTION_KIND, diagnostics=diagnostics or None,
            is_preferred=level == offered or None,
            disabled=types.CodeActionDisabled(reason=reason) if reason else None,
            command=types.Command(title=title, command="temper.hint", arguments=[args])))
    return actions


def path_to_uri(path: Path) -> str:
    return path.resolve().as_uri()


SPEC_SEVERITY = {"error": types.DiagnosticSeverity.Error,
                 "warning": types.DiagnosticSeverity.Warning,
                 "information": types.DiagnosticSeverity.Information}


def spec_diagnostic(severity: str, message: str, range_: types.Range) -> types.Diagnostic:
    """A problem in a product spec, or a criterion not met yet."""
    return types.Diagnostic(range=range_, message=message, severity=SPEC_SEVERITY[severity],
                            source="temper", code="product-spec")


def criterion_lens(uri: str, range_: types.Range, title: str) -> types.CodeLens:
    """Progress on a spec line; clicking it runs the tests again."""
    return types.CodeLens(range=range_, command=types.Command(
        title=title, command="temper.runTests", arguments=[{"uri": uri}]))


def exercise_spec_diagnostic(severity: str, message: str, range_: types.Range
                             ) -> types.Diagnostic:
    """A finding of `temper spec validate` in an exercise spec being edited."""
    return types.Diagnostic(range=range_, message=message, severity=SPEC_SEVERITY[severity],
                            source=SOURCE, code="exercise-spec")
