"""Rust risks, found with tree-sitter queries.

"Library code" is everything except `fn main`, items marked `#[test]` or `#[cfg(test)]` (and the
modules inside them), files directly in `tests/`, `examples/` or `benches/` (and their
`*/mod.rs`), `build.rs`, and files that start with `#![cfg(test)]`. Calls inside macro
arguments (`println!("{}", x.unwrap())`) are found too: tree-sitter leaves macro arguments as
tokens, so a second pattern reads them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from temper.core.risks import Category, Rule, Severity
from temper.risks.treesitter_common import Captures, Context, Hit, ancestors, path_parts, text

if TYPE_CHECKING:
    from tree_sitter import Node

S, C = Category.SECURITY, Category.CORRECTNESS

RULES: dict[str, Rule] = {
    rule.code: rule
    for rule in [
        Rule(
            "rust-unwrap",
            C,
            Severity.WARNING,
            "error-handling",
            "unwrap or expect can panic in library code",
            "Unwrapping takes the value out of a result or an option and stops the program when "
            "there is none. In code that others call, that turns an ordinary failure, like bad "
            "input or a missing file, into a crash the caller cannot handle.",
            "Pass the problem to the caller with the `?` operator in a function that returns "
            "`Result`, or handle each case with `match` or `if let Some(x) = ...`.",
        ),
        Rule(
            "rust-unsafe",
            S,
            Severity.WARNING,
            "memory-safety",
            "unsafe block turns off memory-safety checks",
            "Inside an unsafe block the compiler stops checking some of the rules that keep memory "
            "valid, and you promise to uphold them yourself. A broken promise can corrupt memory "
            "or crash far away from the mistake, which is very hard to debug.",
            "Look for a safe standard-library method that does the same job, keep any unsafe part "
            "tiny, and write down the rule it relies on in a `// SAFETY:` comment.",
        ),
        Rule(
            "rust-panic",
            C,
            Severity.WARNING,
            "error-handling",
            "panic! in library code",
            "A panic stops the program, or at least the current thread. Code that others call "
            "should report expected problems as errors, so the caller can choose how to recover "
            "instead of crashing.",
            "Return a `Result` and describe the failure: "
            "`return Err(ParseError::Empty);`, letting callers use `?` or `match`.",
        ),
    ]
}

QUERY = r"""
((call_expression function: (field_expression field: (field_identifier) @method)) @rust-unwrap
 (#any-of? @method "unwrap" "expect"))
((token_tree "." @dot . (identifier) @rust-unwrap . (token_tree) @args)
 (#any-of? @rust-unwrap "unwrap" "expect"))

(unsafe_block "unsafe" @rust-unsafe)

((macro_invocation macro: (identifier) @name) @rust-panic (#eq? @name "panic"))
((macro_invocation macro: (scoped_identifier name: (identifier) @name)) @rust-panic
 (#eq? @name "panic"))
"""

_TEST_ATTRIBUTE = re.compile(r"^#!?\[\s*(?:(?:\w+::)*test|cfg\s*\(.*\btest\b.*\))\s*\]$", re.DOTALL)
_NOT_LIBRARY_DIRS = {"tests", "examples", "benches"}


def _is_test_attribute(node: Node) -> bool:
    source = text(node)
    return bool(_TEST_ATTRIBUTE.match(source)) and "not(" not in source.replace(" ", "")


def _marked_as_test(item: Node) -> bool:
    sibling = item.prev_named_sibling
    while sibling is not None and sibling.type in (
        "attribute_item",
        "line_comment",
        "block_comment",
    ):
        if sibling.type == "attribute_item" and _is_test_attribute(sibling):
            return True
        sibling = sibling.prev_named_sibling
    return False


def _test_file(ctx: Context) -> bool:
    if "test_file" not in ctx.scratch:
        parts = path_parts(ctx.path)
        in_test_dir = (len(parts) > 1 and parts[-2] in _NOT_LIBRARY_DIRS) or (  # tests/x.rs
            len(parts) > 2 and parts[-1] == "mod.rs" and parts[-3] in _NOT_LIBRARY_DIRS
        )  # and tests/common/mod.rs
        named = bool(parts) and parts[-1] in ("build.rs", "tests.rs")
        inner = any(
            child.type == "inner_attribute_item" and _is_test_attribute(child)
            for child in ctx.root.children
        )
        ctx.scratch["test_file"] = in_test_dir or named or inner
    return ctx.scratch["test_file"]


def _in_library_code(node: Node, ctx: Context) -> bool:
    if _test_file(ctx):
        return False
    for parent in ancestors(node):
        if parent.type == "function_item" and text(parent.child_by_field_name("name")) == "main":
            return False
        if parent.type.endswith("_item") and _marked_as_test(parent):
            return False
    return True


def refine(code: str, caps: Captures, ctx: Context) -> Iterable[Hit]:
    node = caps[code][0]
    if code == "rust-unsafe":
        return [Hit(code, node, node)]
    if not _in_library_code(node, ctx):
        return []
    if code == "rust-unwrap":
        if "method" in caps:  # a parsed call: point from the method name to the closing paren
            method = caps["method"][0]
            return [Hit(code, method, node, f".{text(method)}() can panic in library code")]
        return [Hit(code, node, caps["args"][0], f".{text(node)}() can panic in library code")]
    return [Hit(code, node, node)]
