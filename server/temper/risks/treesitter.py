"""Risk detection for JavaScript, TypeScript, Go, Rust, C and Java with tree-sitter queries.

`detect(language, source, path)` parses the source with the language's grammar and runs one query
whose patterns each name a rule code; a small per-language `refine` step filters the matches that
need context (library code, NULL checks, literal arguments). Grammars, parsers and queries are
loaded on first use and cached, so importing this module costs only the rule tables.

Positions are 1-based; columns count characters (not bytes), and the end is exclusive: the column
just after the last character, as in ruff's JSON output.
"""

from __future__ import annotations

import importlib
import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from temper.core.risks import Detection, Rule
from temper.risks import (
    treesitter_c,
    treesitter_go,
    treesitter_java,
    treesitter_javascript,
    treesitter_rust,
)
from temper.risks.treesitter_common import Captures, Context, Hit

if TYPE_CHECKING:
    from tree_sitter import Language, Node, Parser, Query

log = logging.getLogger(__name__)

LANGUAGES = {"javascript", "typescript", "go", "rust", "c", "java"}
ALIASES = {  # LSP language ids and file-type names that mean one of LANGUAGES
    "javascriptreact": "javascript",
    "js": "javascript",
    "jsx": "javascript",
    "typescriptreact": "typescript",
    "ts": "typescript",
    "tsx": "typescript",
    "golang": "go",
    "rs": "rust",
}
MAX_BYTES = 1_000_000

RULES: dict[str, Rule] = {
    **treesitter_javascript.RULES,
    **treesitter_go.RULES,
    **treesitter_rust.RULES,
    **treesitter_c.RULES,
    **treesitter_java.RULES,
}

# grammar key -> (grammar module, language function, query, refine)
_GRAMMARS: dict[str, tuple[str, str, str, Callable[[str, Captures, Context], Any]]] = {
    "javascript": (
        "tree_sitter_javascript",
        "language",
        treesitter_javascript.JAVASCRIPT_QUERY,
        treesitter_javascript.refine,
    ),
    "typescript": (
        "tree_sitter_typescript",
        "language_typescript",
        treesitter_javascript.TYPESCRIPT_QUERY,
        treesitter_javascript.refine,
    ),
    "tsx": (
        "tree_sitter_typescript",
        "language_tsx",
        treesitter_javascript.TSX_QUERY,
        treesitter_javascript.refine,
    ),
    "go": ("tree_sitter_go", "language", treesitter_go.QUERY, treesitter_go.refine),
    "rust": ("tree_sitter_rust", "language", treesitter_rust.QUERY, treesitter_rust.refine),
    "c": ("tree_sitter_c", "language", treesitter_c.QUERY, treesitter_c.refine),
    "java": ("tree_sitter_java", "language", treesitter_java.QUERY, treesitter_java.refine),
}

_lock = threading.Lock()
_languages: dict[str, Language] = {}
_queries: dict[tuple[str, str], Query] = {}
_unavailable: set[str] = set()
_local = threading.local()  # parsers are not safe to share between threads; one per thread


def _language(grammar: str) -> Language | None:
    if grammar in _languages:
        return _languages[grammar]
    with _lock:
        if grammar not in _languages and grammar not in _unavailable:
            module_name, function, query_source, _ = _GRAMMARS[grammar]
            try:
                from tree_sitter import Language, Query, QueryError
            except ImportError as error:
                log.warning("tree-sitter is not installed: %s", error)
                _unavailable.add(grammar)
                return None
            try:
                module = importlib.import_module(module_name)
                language = Language(getattr(module, function)())
                # compiled here so that a grammar whose node names changed disables itself
                _queries[(grammar, query_source)] = Query(language, query_source)
                _languages[grammar] = language
            except (ImportError, AttributeError, ValueError, QueryError) as error:
                log.warning("tree-sitter checks for %s are unavailable: %s", grammar, error)
                _unavailable.add(grammar)
    return _languages.get(grammar)


def _query(grammar: str, source: str) -> Query:
    key = (grammar, source)
    query = _queries.get(key)
    if query is None:
        from tree_sitter import Query

        with _lock:
            query = _queries.get(key)
            if query is None:
                query = _queries[key] = Query(_languages[grammar], source)
    return query


def _parser(grammar: str, language: Language) -> Parser:
    parsers = getattr(_local, "parsers", None)
    if parsers is None:
        parsers = _local.parsers = {}
    if grammar not in parsers:
        from tree_sitter import Parser

        parsers[grammar] = Parser(language)
    return parsers[grammar]


def _grammar_for(language: str, path: str) -> str | None:
    language = ALIASES.get(language.lower(), language.lower())
    if language not in LANGUAGES:
        return None
    if language == "typescript" and path.lower().endswith(".tsx"):
        return "tsx"
    return language


def _encode(source: str | bytes) -> bytes | None:
    if isinstance(source, bytes):
        if len(source) > MAX_BYTES:
            return None
        try:
            source.decode("utf-8")
        except UnicodeDecodeError:
            return None
        data = source
    else:
        if len(source) > MAX_BYTES:
            return None
        try:
            data = source.encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates: text that came from undecodable bytes
            return None
    if len(data) > MAX_BYTES or b"\x00" in data:  # too big for live checks, or binary
        return None
    return data


class _Columns:
    """Turns tree-sitter's (row, byte column) into 1-based character columns."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.ascii = data.isascii()
        self.starts: list[int] | None = None

    def __call__(self, row: int, byte_column: int) -> int:
        if self.ascii:
            return byte_column + 1
        if self.starts is None:
            self.starts = [0]
            index = self.data.find(b"\n")
            while index != -1:
                self.starts.append(index + 1)
                index = self.data.find(b"\n", index + 1)
        start = self.starts[row] if row < len(self.starts) else 0
        return len(self.data[start : start + byte_column].decode("utf-8", "replace")) + 1


def detect(language: str, source: str | bytes, path: str = "") -> list[Detection]:
    """Detections for one document; [] for unknown languages, binary, undecodable or huge text."""
    grammar = _grammar_for(language, path)
    if grammar is None:
        return []
    data = _encode(source)
    if data is None:
        return []
    lang = _language(grammar)
    if lang is None:
        return []
    from tree_sitter import QueryCursor

    _, _, query_source, refine = _GRAMMARS[grammar]
    tree = _parser(grammar, lang).parse(data)

    def run(extra: str, node: Node) -> Captures:
        return QueryCursor(_query(grammar, extra)).captures(node)

    name = ALIASES.get(language.lower(), language.lower())
    ctx = Context(name, path, data, tree.root_node, query=run)
    columns = _Columns(data)
    seen: set[tuple[str, int, int]] = set()
    detections: list[Detection] = []
    for _, captures in QueryCursor(_query(grammar, query_source)).matches(tree.root_node):
        code = next((name for name in captures if name in RULES), None)
        if code is None:
            continue
        try:
            hits: list[Hit] = list(refine(code, captures, ctx))
        except Exception:  # a detector bug must not cost the learner the other diagnostics
            log.exception("tree-sitter check %s failed on %s", code, path or "<buffer>")
            continue
        for hit in hits:
            key = (hit.code, hit.start.start_byte, hit.end.end_byte)
            if key in seen:
                continue
            seen.add(key)
            (row, column), (end_row, end_column) = hit.start.start_point, hit.end.end_point
            detections.append(
                Detection(
                    code=hit.code,
                    line=row + 1,
                    column=columns(row, column),
                    end_line=end_row + 1,
                    end_column=columns(end_row, end_column),
                    message=hit.message or RULES[hit.code].message,
                )
            )
    detections.sort(key=lambda d: (d.line, d.column, d.code))
    return detections
