"""C risks, found with tree-sitter queries.

`c-unchecked-malloc` is a heuristic within one function: the result of malloc, calloc or realloc is
stored in a variable (or field), and the first later mention of that variable is a use rather than
a test against NULL (`p == NULL`, `p != 0`, `!p`, `if (p)`, `p && ...`, `assert(p)`, or a macro in
capitals given only the pointer, such as `CHECK_ALLOC(p)`). Returning the pointer or freeing it is
neither. An allocation passed straight into another call counts as used unchecked. `strcpy` of a
string literal into an array declared large enough, or of `s` into memory allocated in the same
function as `strlen(s) + 1`, is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from temper.core.risks import Category, Rule, Severity
from temper.risks.treesitter_common import (
    Captures,
    Context,
    Hit,
    ancestors,
    strip_parens,
    text,
    unwrap_parens,
)

if TYPE_CHECKING:
    from tree_sitter import Node

S, C = Category.SECURITY, Category.CORRECTNESS

RULES: dict[str, Rule] = {
    rule.code: rule
    for rule in [
        Rule(
            "c-gets",
            S,
            Severity.ERROR,
            "buffer-overflow",
            "gets cannot limit how much it reads",
            "This function reads a whole line into your array without knowing how big the array "
            "is, so a long line writes past its end into other memory. That is a buffer overflow, "
            "a classic security hole, and the reason the function was removed from the C standard.",
            "Read with a size limit and remove the newline yourself: "
            "`if (fgets(line, sizeof line, stdin) != NULL) { ... }`, then end the string at the "
            "newline: `line[strcspn(line, \"\\n\")] = '\\0';`.",
        ),
        Rule(
            "c-strcpy",
            S,
            Severity.WARNING,
            "buffer-overflow",
            "copying a string without a size limit can overflow",
            "Copying or appending a string this way never checks how much room the destination "
            "has. When the source is longer than expected, the copy writes past the end of the "
            "array and corrupts memory, which causes crashes and security holes.",
            "Pass the size of the destination and check for truncation: "
            '`snprintf(dst, sizeof dst, "%s", src);`, or compare `strlen(src)` with the space '
            "left before copying.",
        ),
        Rule(
            "c-sprintf",
            S,
            Severity.WARNING,
            "buffer-overflow",
            "sprintf does not know the size of its buffer",
            "Formatting into an array without telling the function how big it is means a long "
            "number or string can run past the end of the array. The overflow silently "
            "overwrites nearby memory.",
            "Use snprintf with the buffer size and check the result: "
            '`int n = snprintf(buf, sizeof buf, "%d items", count);` '
            "then `if (n >= (int)sizeof buf) ...`.",
        ),
        Rule(
            "c-scanf-unbounded",
            S,
            Severity.WARNING,
            "buffer-overflow",
            "scanf reads a string with no width limit",
            "A string conversion without a maximum width keeps storing characters for as long as "
            "the input goes on, however small your array is. Typing a long word is enough to "
            "overflow the buffer.",
            "Give every string conversion a width one less than the array size: "
            '`char name[32]; scanf("%31s", name);`, and check that scanf returned 1.',
        ),
        Rule(
            "c-unchecked-malloc",
            C,
            Severity.WARNING,
            "error-handling",
            "allocation result used without a NULL check",
            "Asking for memory can fail, and then you get a null pointer instead of memory. Using "
            "that pointer crashes the program or, worse, writes somewhere it should not. Every "
            "allocation needs a test for failure before the memory is used.",
            "Test the pointer right after the call and handle the failure: "
            "`int *xs = malloc(n * sizeof *xs); if (xs == NULL) { return -1; }`.",
        ),
    ]
}

QUERY = r"""
((call_expression function: (identifier) @fn) @c-gets (#eq? @fn "gets"))
((call_expression function: (identifier) @fn arguments: (argument_list) @args) @c-strcpy
 (#any-of? @fn "strcpy" "strcat" "wcscpy" "wcscat"))
((call_expression function: (identifier) @fn) @c-sprintf (#any-of? @fn "sprintf" "vsprintf"))
((call_expression function: (identifier) @fn arguments: (argument_list) @args) @c-scanf-unbounded
 (#any-of? @fn "scanf" "fscanf" "sscanf" "vscanf" "vfscanf" "vsscanf"))
((call_expression function: (identifier) @fn) @c-unchecked-malloc
 (#any-of? @fn "malloc" "calloc" "realloc"))
"""

_FORMAT_ARGUMENT = {"scanf": 0, "vscanf": 0}  # the others take a stream or a string first
_ESCAPE = re.compile(r"\\(x[0-9a-fA-F]+|[0-7]{1,3}|.)", re.DOTALL)
_WRAPPERS = ("parenthesized_expression", "cast_expression")
_MACRO = re.compile(r"^[A-Z][A-Z0-9_]*$")
_CONDITIONS = {
    "if_statement",
    "while_statement",
    "do_statement",
    "for_statement",
    "conditional_expression",
}


def _string_value(node: Node | None) -> str | None:
    node = strip_parens(node)
    if node is None:
        return None
    if node.type == "concatenated_string":
        parts = [
            _string_value(child) for child in node.named_children if child.type == "string_literal"
        ]
        if any(part is None for part in parts):
            return None
        return "".join(part for part in parts if part is not None)
    if node.type != "string_literal":
        return None
    return "".join(text(child) for child in node.named_children)


def _unbounded_conversion(fmt: str) -> bool:
    """True when a %s or %[...] conversion has no width (and is not %*s or %ms)."""
    i, n = 0, len(fmt)
    while i < n:
        if fmt[i] != "%":
            i += 1
            continue
        j = i + 1
        if fmt[j : j + 1] == "%":
            i = j + 1
            continue
        suppressed = fmt[j : j + 1] == "*"
        j += suppressed
        start = j
        while j < n and fmt[j].isdigit():
            j += 1
        has_width = j > start
        if fmt[j : j + 1] == "$":  # a positional argument such as %1$s: the width comes after
            j += 1
            start = j
            while j < n and fmt[j].isdigit():
                j += 1
            has_width = j > start
        allocating = fmt[j : j + 1] == "m"
        j += allocating
        while j < n and fmt[j] in "hlLjztq":
            j += 1
        conversion = fmt[j : j + 1]
        if conversion in ("s", "[") and not (has_width or suppressed or allocating):
            return True
        if conversion == "[":  # skip the set, where ] may come first
            j += 1 + (fmt[j + 1 : j + 2] == "^")
            j += fmt[j : j + 1] == "]"
            while j < n and fmt[j] != "]":
                j += 1
        i = j + 1
    return False


def _array_size(name: str, call: Node, ctx: Context) -> int | None:
    query = ctx.query
    if query is None:
        return None
    pattern = "(array_declarator declarator: (identifier) @name size: (number_literal) @size)"
    function = next((a for a in ancestors(call) if a.type == "function_definition"), None)
    for scope in ([function] if function is not None else []) + [ctx.root]:
        caps = query(pattern, scope)
        for name_node, size_node in zip(caps.get("name", []), caps.get("size", []), strict=False):
            outer = next((a for a in ancestors(name_node) if a.type == "function_definition"), None)
            if text(name_node) == name and (scope is function or outer is None):
                try:
                    return int(text(size_node).rstrip("uUlL"), 0)
                except ValueError:
                    return None
    return None


def _sized_for_source(dest: Node, src: Node, call: Node, ctx: Context) -> bool:
    """True when `dest` was allocated in this function with room for strlen(src) + 1."""
    function = next((a for a in ancestors(call) if a.type == "function_definition"), None)
    if function is None:
        return False
    wanted = "strlen(" + _squeeze(text(src)) + ")+1"
    for node in _occurrences(function, dest.type, ctx).get(_squeeze(text(dest)), []):
        if node.start_byte >= call.start_byte:
            break
        parent = node.parent
        while parent is not None and parent.type in (
            "pointer_declarator",
            "parenthesized_expression",
        ):
            parent = parent.parent
        if parent is not None and parent.type in ("init_declarator", "assignment_expression"):
            value = parent.child_by_field_name("value") or parent.child_by_field_name("right")
            if value is not None and wanted in _squeeze(text(value)):
                return True
    return False


def _copy_fits(caps: Captures, ctx: Context) -> bool:
    """strcpy of a literal into an array large enough, or of s into memory sized strlen(s) + 1."""
    args = caps["args"][0].named_children
    if text(caps["fn"][0]) not in ("strcpy", "wcscpy") or len(args) < 2:
        return False
    call, dest, src = caps["c-strcpy"][0], strip_parens(args[0]), strip_parens(args[1])
    if dest is None or src is None or dest.type != "identifier":
        return False
    value = _string_value(src)
    if value is None:
        return _sized_for_source(dest, src, call, ctx)
    size = _array_size(text(dest), call, ctx)
    return size is not None and len(_ESCAPE.sub("_", value)) < size


def _squeeze(source: str) -> str:
    """The text without whitespace, so `p -> buf` and `p->buf` compare equal."""
    return "".join(source.split())


def _is_null(node: Node | None) -> bool:
    node = strip_parens(node)
    while node is not None and node.type == "cast_expression":
        node = strip_parens(node.child_by_field_name("value"))
    if node is None:
        return False
    return node.type == "null" or text(node) in ("NULL", "0", "nullptr", "0L")


def _is_check(node: Node) -> bool:
    node = unwrap_parens(node)
    parent = node.parent
    if parent is None:
        return False
    if parent.type == "binary_expression":
        operator = text(parent.child_by_field_name("operator"))
        if operator in ("&&", "||"):
            return True
        if operator in ("==", "!="):
            left, right = parent.child_by_field_name("left"), parent.child_by_field_name("right")
            return _is_null(right if left == node else left)
    if parent.type == "unary_expression":
        return text(parent.child_by_field_name("operator")) == "!"
    if parent.type in _CONDITIONS:
        return parent.child_by_field_name("condition") == node
    if parent.type == "argument_list" and parent.parent is not None:
        called = text(parent.parent.child_by_field_name("function"))
        # assert(p), or a checking macro in capitals that takes only the pointer: CHECK_ALLOC(p)
        return called == "assert" or (
            _MACRO.match(called) is not None and parent.named_child_count == 1
        )
    return False


def _occurrences(function: Node, kind: str, ctx: Context) -> dict[str, list]:
    key = f"occurrences:{function.id}:{kind}"
    if key not in ctx.scratch:
        index: dict[str, list] = {}
        if ctx.query is not None:
            for node in ctx.query(f"({kind}) @x", function).get("x", []):
                index.setdefault(_squeeze(text(node)), []).append(node)
        for nodes in index.values():
            nodes.sort(key=lambda n: n.start_byte)
        ctx.scratch[key] = index
    return ctx.scratch[key]


def _first_use_unchecked(target: Node, after: int, ctx: Context) -> bool:
    function = next((a for a in ancestors(target) if a.type == "function_definition"), None)
    if function is None:
        return False
    name = _squeeze(text(target))
    for node in _occurrences(function, target.type, ctx).get(name, []):
        if node.start_byte < after or any(a.type == "sizeof_expression" for a in ancestors(node)):
            continue
        if _is_check(node):
            return False
        outer = unwrap_parens(node)
        parent = outer.parent
        kind = parent.type if parent is not None else ""
        if kind == "assignment_expression" and parent.child_by_field_name("left") == outer:
            return False  # overwritten before being used
        if kind == "return_statement" or (
            kind == "argument_list"
            and text(parent.parent.child_by_field_name("function")) == "free"
        ):
            continue  # handing the pointer back, or freeing it, is no use of the memory
        return True
    return False


def _unchecked_allocation(call: Node, ctx: Context) -> str | None:
    """A detail message when the allocation made by `call` is used unchecked, else None."""
    function_name = text(call.child_by_field_name("function"))
    outer = unwrap_parens(call, _WRAPPERS)
    parent = outer.parent
    if parent is None:
        return None
    target = None
    if parent.type == "init_declarator" and parent.child_by_field_name("value") == outer:
        target = parent.child_by_field_name("declarator")
        while target is not None and target.type in (
            "pointer_declarator",
            "parenthesized_declarator",
        ):
            target = target.child_by_field_name("declarator") or target.named_children[-1]
    elif parent.type == "assignment_expression" and parent.child_by_field_name("right") == outer:
        if text(parent.child_by_field_name("operator")) != "=" or _is_check(parent):
            return None
        target = strip_parens(parent.child_by_field_name("left"))
    elif parent.type == "argument_list" and parent.parent is not None:
        called = text(parent.parent.child_by_field_name("function"))
        if called not in ("free", "assert"):
            return f"the result of {function_name} is passed to {called} without a NULL check"
        return None
    if target is None or target.type not in (
        "identifier",
        "field_expression",
        "subscript_expression",
    ):
        return None
    if _first_use_unchecked(target, parent.end_byte, ctx):
        return f"the result of {function_name} in {text(target)} is used before any NULL check"
    return None


def refine(code: str, caps: Captures, ctx: Context) -> Iterable[Hit]:
    node = caps[code][0]
    if code == "c-strcpy" and _copy_fits(caps, ctx):
        return []
    if code == "c-scanf-unbounded":
        position = _FORMAT_ARGUMENT.get(text(caps["fn"][0]), 1)
        args = caps["args"][0].named_children
        fmt = _string_value(args[position]) if len(args) > position else None
        if fmt is None or not _unbounded_conversion(fmt):
            return []
    if code == "c-unchecked-malloc":
        detail = _unchecked_allocation(node, ctx)
        return [Hit(code, node, node, detail)] if detail else []
    return [Hit(code, node, node)]
