"""How much of the reference solution (and the tests) a text gives away.

Two measures over the text's tokens: the share of the reference's token 5-grams it contains
(copied code), and the same share after names, numbers and strings are abstracted away
(the reference's structure, renamed). Plus the solution's own identifiers the text uses as code.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

TOKEN = re.compile(r"""[A-Za-z_][A-Za-z0-9_]*|\d+(?:\.\d+)?|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'"""
                   r"|==|!=|<=|>=|->|=>|&&|\|\||::|\+=|-=|[-+*/%<>=!&|^~:;,.()\[\]{}]")
COMMENT = re.compile(r"^\s*(?:#|//|/\*|\*)")
KEYWORDS = frozenset(keyword.kwlist) | frozenset(
    "function const let var return if else for while do switch case break continue new "
    "typeof class extends import export from default null undefined true false func package "
    "range struct type interface map chan go defer fn let mut impl pub use match mod self "
    "Self enum trait where loop int char void long double float unsigned sizeof static "
    "include define string len print println".split())
TOKEN_GRAM, SHAPE_GRAM = 5, 8
CODE_WORD = re.compile(r"_|[a-z][A-Z]|\d")


def tokens(text: str) -> list[str]:
    lines = (line for line in text.splitlines() if not COMMENT.match(line))
    return TOKEN.findall("\n".join(lines).replace("'", '"'))


def shape(toks: list[str]) -> list[str]:
    def kind(tok: str) -> str:
        if tok[0] in "\"'":
            return "S"
        if tok[0].isdigit():
            return "N"
        if tok[0].isalpha() or tok[0] == "_":
            return tok if tok in KEYWORDS else "I"
        return tok
    return [kind(t) for t in toks]


def _grams(seq: list[str], k: int) -> set[tuple[str, ...]]:
    return {tuple(seq[i:i + k]) for i in range(len(seq) - k + 1)}


def _share(text_seq: list[str], ref_grams: set[tuple[str, ...]], k: int) -> float:
    if not ref_grams:
        return 0.0
    return len(ref_grams & _grams(text_seq, k)) / len(ref_grams)


@dataclass(frozen=True)
class Reference:
    """What must not be given away, prepared once per exercise."""
    token_grams: frozenset
    shape_grams: frozenset
    test_grams: frozenset
    identifiers: frozenset[str]  # names only the solution uses

    @classmethod
    def of(cls, solution: Mapping[str, str], public: Mapping[str, str],
           tests: Mapping[str, str] | None = None) -> Reference:
        return _reference(tuple(sorted(solution.items())), tuple(sorted(public.items())),
                          tuple(sorted((tests or {}).items())))


@lru_cache(maxsize=64)
def _reference(solution: tuple, public: tuple, tests: tuple) -> Reference:
    sol = [t for _, text in solution for t in tokens(text)]
    shown = {t for _, text in public for t in TOKEN.findall(text)}
    names = {t for t in sol if (t[0].isalpha() or t[0] == "_") and t not in KEYWORDS
             and len(t) >= 3 and t not in shown}
    test_toks = [t for _, text in tests for t in tokens(text)]
    return Reference(frozenset(_grams(sol, TOKEN_GRAM)), frozenset(_grams(shape(sol), SHAPE_GRAM)),
                     frozenset(_grams(test_toks, TOKEN_GRAM)), frozenset(names))


@dataclass(frozen=True)
class Leak:
    token_share: float  # share of the solution's token 5-grams found in the text
    shape_share: float  # the same with names and literals abstracted
    test_share: float  # share of the tests' token 5-grams found in the text
    identifiers: tuple[str, ...]  # solution-only names the text uses as code


def _code_names(text: str, names: frozenset[str]) -> tuple[str, ...]:
    """Solution-only names that the text writes as code: in backticks, called, or spelled in
    a way no English word is (snake_case, camelCase, digits)."""
    spans = " ".join(re.findall(r"`([^`]*)`", text))
    found = set()
    for name in names:
        if not re.search(rf"\b{re.escape(name)}\b", text):
            continue
        if (re.search(rf"\b{re.escape(name)}\b", spans) or CODE_WORD.search(name)
                or re.search(rf"\b{re.escape(name)}\s*\(", text)):
            found.add(name)
    return tuple(sorted(found))


def detect(text: str, reference: Reference) -> Leak:
    toks = tokens(text)
    return Leak(_share(toks, set(reference.token_grams), TOKEN_GRAM),
                _share(shape(toks), set(reference.shape_grams), SHAPE_GRAM),
                _share(toks, set(reference.test_grams), TOKEN_GRAM),
                _code_names(text, reference.identifiers))
