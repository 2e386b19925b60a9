"""Shared pieces of the tree-sitter detectors: what a language module hands back, and node helpers.

A language module (treesitter_javascript, _go, _rust, _c, _java) defines `RULES`, a query whose patterns
each name one primary capture after a rule code (`@js-eval`), and `refine(code, captures, ctx)`,
which filters a match and says where the detection goes. Nothing here imports tree-sitter, so
importing the rules stays cheap.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from tree_sitter import Node

Captures = dict[str, list["Node"]]


class Hit(NamedTuple):
    """One finding before it becomes a Detection: the range runs from `start` to `end`."""

    code: str
    start: Node
    end: Node
    message: str | None = None  # None: the rule's own message


@dataclass
class Context:
    """What a refine function may look at for one detect call."""

    language: str  # "javascript", "typescript", "go", "rust", "c" or "java"
    path: str
    source: bytes
    root: Node
    scratch: dict[str, Any] = field(default_factory=dict)  # per-call memo for module analyses
    query: Callable[[str, Node], Captures] | None = None  # run an extra cached query on a node


Refine = Callable[[str, Captures, Context], Iterable[Hit]]


def text(node: Node | None) -> str:
    if node is None or node.text is None:
        return ""
    return node.text.decode("utf-8", "replace")


def ancestors(node: Node) -> Iterable[Node]:
    parent = node.parent
    while parent is not None:
        yield parent
        parent = parent.parent


def unwrap_parens(node: Node, kinds: tuple[str, ...] = ("parenthesized_expression",)) -> Node:
    """Go up from `node` while its parent is only a wrapper (parentheses, casts)."""
    while node.parent is not None and node.parent.type in kinds:
        node = node.parent
    return node


def strip_parens(node: Node | None) -> Node | None:
    """Go down through parentheses to the expression they hold."""
    while node is not None and node.type == "parenthesized_expression" and node.named_child_count:
        node = node.named_children[0]
    return node


def first_child_of_type(node: Node, kind: str) -> Node | None:
    for child in node.children:
        if child.type == kind:
            return child
    return None


def path_parts(path: str) -> list[str]:
    return [part for part in path.replace("\\", "/").split("/") if part]
