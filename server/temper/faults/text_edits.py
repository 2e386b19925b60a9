"""Small text edits of one line of C or Go, for the compiled languages' repair search (pure).

An edit changes one token or adds one: a comparison flipped or loosened/tightened, `&&`/`||`
exchanged, an arithmetic operator exchanged, an integer constant moved by one, a `± 1` removed
or added to a bound (`len(xs)`, `strlen(s)`, `n`) or to the value an assignment stores, an `if`
or `while` condition negated. Strings, characters and comments are left alone, and so are
preprocessor lines. `candidates` takes one edit of each suspicious line in turn, so one line
with many unlikely edits cannot use up the budget before the next line's likely ones."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

KIND_ORDER = ("off-by-one", "comparison", "constant", "arithmetic", "swapped-branches")
# longest first, so `<=` is one token and `->`, `<<`, `<-`, `:=` are never read as `<`, `>`, `=`
TOKEN = re.compile(r"<<=|>>=|&\^=|&&|\|\||<<|>>|<=|>=|==|!=|->|<-|:=|\+\+|--|[-+*/%&|^]=|"
                   r"[<>+\-*/%!=]")
COMPARISONS = {"<": ("<=", ">"), "<=": ("<", ">="), ">": (">=", "<"), ">=": (">", "<="),
               "==": ("!=",), "!=": ("==",), "&&": ("||",), "||": ("&&",)}
ARITHMETIC = {"+": ("-",), "-": ("+",), "*": ("/",), "/": ("*",)}
QUOTED = re.compile(r'"(?:\\.|[^"\\])*"|\'(?:\\.|[^\'\\])*\'|`[^`]*`')
NUMBER = re.compile(r"(?<![\w.])(\d+)(?![\w.])")
TYPE_NAME = re.compile(r"\b(?:char|int|long|short|float|double|void|unsigned|signed|const|"
                       r"size_t|struct\s+\w+|[A-Z]\w*_t|\w+_t)\s*$")
OPERAND = re.compile(r"(?<![\w.])(?!(?:return|case|else)\s*$)(?:\w+|[)\]])\s*$")
ONE = re.compile(r"\s*([-+])\s*1(?![\w.])")
BOUND = re.compile(r"\b(?:len|strlen|cap)\s*\([^()]*\)")
ASSIGNED = re.compile(r"^(\s*[A-Za-z_][\w.\[\]>-]*\s*(?::=|=)\s*)([^=;{}]+?)(\s*;?\s*)$")
C_CONDITION = re.compile(r"^(\s*(?:\}\s*)?(?:else\s+)?(?:if|while)\s*\()(.*)(\)\s*\{?\s*)$")
# a conversion to floating point around a division: the division was done on integers
PART = r"((?:[^()/]|\([^()]*\))+?)"
LATE = re.compile(rf"\b(float64|float32)\({PART}\s*/\s*{PART}\)|"
                  rf"\((double|float)\)\s*\({PART}\s*/\s*{PART}\)")
INDEX = re.compile(r"(?<=\w)\[([A-Za-z_]\w*)\]")
GO_CONDITION = re.compile(r"^(\s*(?:\}\s*else\s+)?if\s+)(.+?)(\s*\{\s*)$")


@dataclass(frozen=True)
class Edit:
    path: str
    line: int
    kind: str
    original: str  # the line as written (stripped)
    replacement: str  # the line after the edit (stripped)
    source: str  # the whole file after the edit


def _masked(code: str) -> str:
    """The line with strings, characters and a trailing comment blanked out (same length)."""
    masked = QUOTED.sub(lambda m: " " * len(m.group()), code)
    for opener in ("//", "/*"):
        at = masked.find(opener)
        if at >= 0:
            masked = masked[:at] + " " * (len(masked) - at)
    return masked


def _binary(masked: str, start: int, end: int) -> bool:
    """An operator between two operands, spaced alike on both sides (`a * b`, `a*b`); not a
    pointer's star (`char *p`) nor a sign (`x = -1`)."""
    before, after = masked[:start], masked[end:]
    if not OPERAND.search(before) or TYPE_NAME.search(before):
        return False
    return before.endswith(" ") == after.startswith(" ")


def line_edits(code: str, language: str) -> list[tuple[str, str]]:
    """(new line, kind) for one line of code, likelier kinds first."""
    stripped = code.strip()
    if not stripped or stripped.startswith(("#", "//", "/*", "*", "import", "package")):
        return []
    masked = _masked(code)
    edits: list[tuple[str, str]] = []

    def put(start: int, end: int, new: str, kind: str) -> None:
        edits.append((code[:start] + new + code[end:], kind))

    first: set[str] = set()  # an integer division under a conversion to floating point is
    for late in LATE.finditer(masked):  # almost always the mistake: its edit goes first
        if late.group(1):
            new = f"{late.group(1)}({late.group(2)}) / {late.group(1)}({late.group(3)})"
        else:
            new = f"({late.group(4)}){late.group(5)} / {late.group(6)}"
        put(late.start(), late.end(), new, "arithmetic")
        first.add(edits[-1][0])
    for token in TOKEN.finditer(masked):
        old = token.group()
        if old in COMPARISONS:
            for new in COMPARISONS[old]:
                loosened = {old, new} in ({"<", "<="}, {">", ">="})
                put(token.start(), token.end(), new, "off-by-one" if loosened else "comparison")
        elif old in ARITHMETIC and _binary(masked, token.start(), token.end()) and \
                not ONE.match(masked[token.start():]):
            for new in ARITHMETIC[old]:
                put(token.start(), token.end(), new, "arithmetic")
    for one in ONE.finditer(masked):
        if OPERAND.search(masked[:one.start()]):
            put(one.start(), one.end(), "", "off-by-one")
    for bound in BOUND.finditer(masked):
        if not ONE.match(masked[bound.end():]):
            for step in (" - 1", " + 1"):
                put(bound.end(), bound.end(), step, "off-by-one")
    assigned = ASSIGNED.match(masked)
    if assigned and re.search(r"\w", assigned.group(2)) and not ONE.search(assigned.group(2)) and \
            not re.search(r"\w\s*\(", assigned.group(2)) and \
            not re.fullmatch(r"\s*-?\d+\s*", assigned.group(2)) and \
            not re.match(r"\s*(?:for|if|while|return|case)\b", masked):
        end = assigned.end(2)
        for step in (" + 1", " - 1"):
            put(end, end, step, "off-by-one")
    for index in INDEX.finditer(masked):
        for step in ("-1", "+1"):
            put(index.start(1), index.end(1), index.group(1) + step, "off-by-one")
    for number in NUMBER.finditer(masked):
        value = int(number.group(1))
        for new in (value + 1, value - 1):
            if new >= 0 and not (new == 0 and masked[:number.start()].endswith("-")):
                put(number.start(), number.end(), str(new), "constant")
    condition = (GO_CONDITION if language == "go" else C_CONDITION).match(masked)
    if condition and condition.group(2).strip():
        inner = code[condition.start(2):condition.end(2)]
        put(condition.start(2), condition.end(2), f"!({inner})", "swapped-branches")
    unique = list(dict.fromkeys((new, kind) for new, kind in edits if new != code))
    return sorted(unique, key=lambda e: (e[0] not in first, KIND_ORDER.index(e[1])))


def candidates(sources: dict[str, str], lines: list[tuple[str, int]], language: str,
               test_numbers: frozenset[int] = frozenset()) -> Iterator[Edit]:
    """Edits of the suspicious `lines` (most suspicious first): the first edit of each line,
    then the second of each, and so on. A constant is never moved onto a number the tests
    write in a line that compares (that would only special-case a test's input)."""
    per_line: list[list[Edit]] = []
    for rel, number in lines:
        rows = sources[rel].split("\n")
        if not 0 < number <= len(rows):
            continue
        code = rows[number - 1]
        edits = []
        for new, kind in line_edits(code, language):
            added = set(map(int, NUMBER.findall(_masked(new)))) - \
                set(map(int, NUMBER.findall(_masked(code))))
            if kind == "constant" and re.search(r"==|!=|<|>", new) and added & test_numbers:
                continue
            changed = rows[:number - 1] + [new] + rows[number:]
            edits.append(Edit(rel, number, kind, code.strip(), new.strip(), "\n".join(changed)))
        per_line.append(edits)
    for row in range(max(map(len, per_line), default=0)):
        for edits in per_line:
            if row < len(edits):
                yield edits[row]


def numbers_in(texts: list[str]) -> frozenset[int]:
    """The integer constants written in the tests."""
    return frozenset(int(n) for text in texts for n in NUMBER.findall(text))
