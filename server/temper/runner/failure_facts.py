"""Failure facts for the compiled and JavaScript adapters, read from the test source and the
framework's own messages: the learner call on the failing line, the values a failed comparison
showed, and which facts a toolchain could not give (`Facts.missing`)."""

from __future__ import annotations

import re
from dataclasses import replace

from temper.core.results import FACT_NAMES, TIMEOUT, Facts, Location, TestResult
from temper.runner import source
from temper.runner.job import Place

VALUE_LIMIT = 200
JOINED_LINES = 6  # a call split over lines is read this far down
OPENERS, CLOSERS = "([{", ")]}"


def cut(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    return value if len(value) <= VALUE_LIMIT else value[:VALUE_LIMIT - 1] + "…"


def _balanced(text: str, start: int) -> int | None:
    """The index just past the bracket that closes the one at `start`; strings are skipped."""
    depth, quote, index = 0, None, start
    while index < len(text):
        char = text[index]
        if quote:
            if char == "\\":
                index += 1
            elif char == quote:
                quote = None
        elif char in "\"'`":
            quote = char
        elif char in OPENERS:
            depth += 1
        elif char in CLOSERS:
            depth -= 1
            if depth == 0:
                return index + 1
        index += 1
    return None


def split_arguments(text: str) -> tuple[str, ...]:
    """`2, [1, 2], "a,b"` -> ("2", "[1, 2]", '"a,b"'): commas at the top level only."""
    parts, depth, quote, current = [], 0, None, ""
    index = 0
    while index < len(text):
        char = text[index]
        if quote:
            if char == "\\" and index + 1 < len(text):
                current += char + text[index + 1]
                index += 2
                continue
            if char == quote:
                quote = None
        elif char in "\"'`":
            quote = char
        elif char in OPENERS:
            depth += 1
        elif char in CLOSERS:
            depth -= 1
        elif char == "," and depth == 0:
            parts.append(current.strip())
            current = ""
            index += 1
            continue
        current += char
        index += 1
    if current.strip():
        parts.append(current.strip())
    return tuple(parts)


def call_in(text: str, name: str) -> tuple[str, tuple[str, ...]] | None:
    """The call of `name` in `text` with its receiver (`Adder.add(2, 3)`) and its arguments."""
    for match in re.finditer(rf"(?<![\w$])((?:[A-Za-z_$][\w$]*(?:::|\.))*){re.escape(name)}"
                             r"\s*(?:::<[^>]*>\s*)?\(", text):
        end = _balanced(text, match.end() - 1)
        if end is None:
            continue
        inner = text[match.end(): end - 1]
        return text[match.start(): end], split_arguments(inner)
    return None


# a class's method, which source.DEFINITION does not know: `  addAll(amounts) {`
METHOD = (r"^\s+(?:(?:static|async|get|set|public|private|protected|readonly)\s+)*\*?{name}"
          r"\s*(?:<[^>]*>)?\([^;]*\)\s*(?::\s*[^={{;]+)?\{{")
METHODS = {"javascript", "typescript"}
TS_GENERIC = r"^\s*(?:export\s+)?(?:default\s+)?(?:async\s+)?function\s*\*?\s*{name}\s*<"
STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"|`[^`]*`')


def blank_strings(text: str) -> str:
    """`text` with the inside of its string literals blanked out, positions kept."""
    return STRING.sub(lambda m: m[0][0] + " " * (len(m[0]) - 2) + m[0][-1], text)


def _signature(lines: list[str], number: int, name: str) -> str:
    """Line `number`, joined with the lines its parameter list runs on to (C and Java
    definitions often wrap their parameters)."""
    text = lines[number - 1]
    if name not in text or "(" not in text:
        return text
    end = number
    while text.count("(") > text.count(")") and end < min(len(lines), number + 4):
        text += " " + lines[end].strip()
        end += 1
    return text


class LearnerCalls:
    """Finds the learner's functions called in a test's lines (their definitions are looked
    up once per run)."""

    def __init__(self, language: str, place: Place, learner_files: list[str]) -> None:
        self.language, self.place = language, place
        self.pattern = source.DEFINITION.get(language)
        self.files = {f: source.read_lines(place, f) for f in learner_files}
        self.known: dict[str, Location | None] = {}

    def defined(self, name: str) -> Location | None:
        if name not in self.known:
            self.known[name] = None
            if self.pattern and name not in source.NOT_CALLS:
                pattern = self.pattern + (f"|{METHOD}" if self.language in METHODS else "")
                pattern += f"|{TS_GENERIC}" if self.language == "typescript" else ""
                regex = re.compile(pattern.format(name=re.escape(name)))
                for relpath, lines in self.files.items():
                    number = next((n for n in range(1, len(lines) + 1)
                                   if regex.match(_signature(lines, n, name))), None)
                    if number:
                        self.known[name] = Location(relpath, number)
                        break
        return self.known[name]

    def on_line(self, lines: list[str], line: int) -> tuple[str, str, tuple[str, ...]] | None:
        """(call as written, function, arguments) of the learner call on a 1-based line."""
        if not 1 <= line <= len(lines):
            return None
        text = "\n".join(lines[line - 1: line - 1 + JOINED_LINES])
        code = blank_strings(text)  # a name inside a message is not a call
        first = code.split("\n", 1)[0]
        if first.count("(") > first.count(")"):  # a statement over lines: `assert_eq!(\n f(x),`
            end = _balanced(code, code.index("("))
            first = code[:end] if end else first
        for name in source.CALLED_NAME.findall(first):
            if self.defined(name) is None:
                continue
            found = call_in(code, name)
            if found:
                start = code.index(found[0])
                written = text[start: start + len(found[0])]
                return written, name, call_in(written, name)[1]
        return None

    def within(self, at: Location | None, path: str | None, line: int) -> Location | None:
        """`at` when it lies in the block starting at `line` of `path` (the test), else the
        block's first learner call (a helper of the test file threw, above or below it)."""
        if path is None or not line:
            return at
        block = source.braced_block(source.read_lines(self.place, path), line) or ""
        if at is not None and at.path == path and line <= at.line <= line + block.count("\n"):
            return at
        return self.first_in_block(path, line) or at

    def first_in_block(self, path: str, line: int) -> Location | None:
        """The first line of the block starting at `line` that calls the learner's code (a test
        that hung or crashed without a line of its own)."""
        lines = source.read_lines(self.place, path)
        block = source.braced_block(lines, line) or ""
        return next((Location(path, line + n) for n in range(block.count("\n") + 1)
                     if self.on_line(lines, line + n)), None)

    def near(self, at: Location | None, top: int | None = None
             ) -> tuple[str, str, tuple[str, ...]] | None:
        """The learner call on the failing line, else the nearest one above it (down to the
        test's first line `top`)."""
        if at is None:
            return None
        lines = source.read_lines(self.place, at.path)
        lowest = top if top is not None and top <= at.line else max(1, at.line - 30)
        for line in range(at.line, lowest - 1, -1):
            found = self.on_line(lines, line)
            if found:
                return found
        return None


def _shown_in(calls: LearnerCalls, message: str | None) -> tuple[str, str, tuple[str, ...]] | None:
    """A learner call the failure message shows (a helper's `Process(["db"]) = ...`)."""
    for name in source.CALLED_NAME.findall(message or ""):
        if calls.defined(name) is not None and (shown := call_in(message or "", name)):
            return shown[0], name, shown[1]
    return None


def attach(result: TestResult, calls: LearnerCalls, test_loc: Location | None, *,
           top: int | None = None, message: str | None = None, actual: str | None = None,
           expected: str | None = None, comparison: str | None = None,
           exception: str | None = None) -> TestResult:
    """`result` with its facts; a failure with no learner frame is placed on the definition of
    the learner function its test called (found on the failing line or above it)."""
    facts = build(calls, test_loc, top=top, message=message, actual=actual, expected=expected,
                  comparison=comparison, exception=exception, error_type=result.error_type,
                  frame=result.learner_location)
    if result.learner_location is None and facts.function:
        defined = calls.defined(facts.function)
        if defined is not None:
            result = replace(result, learner_location=defined)
            facts = replace(facts, missing=tuple(m for m in facts.missing if m != "frame"))
    return replace(result, facts=facts)


def build(calls: LearnerCalls, test_loc: Location | None, *, top: int | None = None,
          message: str | None = None, actual: str | None = None, expected: str | None = None,
          comparison: str | None = None, exception: str | None = None,
          error_type: str | None = None, frame: Location | None = None) -> Facts:
    """The facts of one failing test. A failure that raised (or hung) wants the exception and
    the learner's frame; a failed comparison wants the two values. A call the framework's
    message shows with its values (Go's `Reverse("ab") = ...`) is preferred to the source's."""
    found = calls.near(test_loc, top) or _shown_in(calls, message)
    call = function = None
    arguments: tuple[str, ...] = ()
    if found:
        call, function, arguments = found
        shown = call_in(message or "", function)
        if shown and shown[1] and shown[0] != call:
            call, arguments = shown
    facts = Facts(call=cut(call), function=function,
                  arguments=tuple(cut(a) or "" for a in arguments),
                  actual=cut(actual), expected=cut(expected), comparison=comparison,
                  exception=cut(exception))
    raised = exception is not None or error_type == TIMEOUT
    have = {"call": facts.call, "actual": facts.actual, "expected": facts.expected,
            "exception": facts.exception, "frame": frame}  # an empty value is a value (JUnit's <>)
    wanted = {"call", "frame", *(("exception",) if raised else ("actual", "expected"))}
    return replace(facts, missing=tuple(n for n in FACT_NAMES if n in wanted and have[n] is None))


# ---- values as each framework reports them ----------------------------------------------

JUNIT = re.compile(r"expected: (?:[\w.$]+@[0-9a-f]+)?<(?P<expected>.*)> but was: "
                   r"(?:[\w.$]+@[0-9a-f]+)?<(?P<actual>.*)>\s*$", re.DOTALL)
NOTHING_THROWN = re.compile(r"Expected (?P<kind>[\w.$]+) to be thrown, but nothing was thrown")
RUST_SIDES = re.compile(r"assertion `left (?P<op>==|!=) right` failed.*?\n\s*left: (?P<left>.*?)"
                        r"\n\s*right: (?P<right>.*?)\s*$", re.DOTALL)
GOT_WANT = [
    re.compile(r"(?:\bgot|\bactual|\breturned|\bgives|\bgave|\s=)\s*:?\s*(?P<actual>\S.*?)\s*[,;]?"
               r"\s+(?:but\s+)?(?:\bwant(?:ed)?|\bexpected|\bexpect)\s*:?\s*(?P<expected>\S.*?)\s*$",
               re.DOTALL | re.IGNORECASE),
    re.compile(r"(?:\bwant(?:ed)?|\bexpected|\bexpect)\s*:?\s*(?P<expected>\S.*?)\s*[,;]?\s+"
               r"(?:but\s+)?(?:\bgot|\bwas|\breceived|\bactual)\s*:?\s*(?P<actual>\S.*?)\s*$",
               re.DOTALL | re.IGNORECASE),
    re.compile(r"\b(?:should|must) (?:be|give|return)\s+(?P<expected>\S.*?)\s*[,;]\s*(?:but\s+)?"
               r"(?:got|was|is|gave|returned)\s+(?P<actual>\S.*?)\s*$", re.DOTALL | re.IGNORECASE),
]


def junit_values(message: str | None) -> tuple[str | None, str | None]:
    """(actual, expected) of JUnit's `expected: <X> but was: <Y>`, or of assertThrows' `Expected
    X to be thrown, but nothing was thrown`."""
    found = JUNIT.search(message or "")
    if found:
        return found["actual"], found["expected"]
    thrown = NOTHING_THROWN.search(message or "")
    if thrown:
        return "nothing thrown", f"{thrown['kind'].rsplit('.', 1)[-1]} thrown"
    return None, None


def got_want(message: str | None) -> tuple[str | None, str | None]:
    """(actual, expected) of a hand-written Go message: `F(x) = 1, want 2`, `got 1, want 2`,
    `expected 2, got 1`, `got:\\n1\\nwant:\\n2`."""
    for pattern in GOT_WANT:
        found = pattern.search(message or "")
        if found:
            return found["actual"], found["expected"]
    return None, None


def rust_sides(message: str | None) -> tuple[str, str, str] | None:
    """(operator, left, right) of a failed assert_eq!/assert_ne!."""
    found = RUST_SIDES.search(message or "")
    return (found["op"], found["left"], found["right"]) if found else None
