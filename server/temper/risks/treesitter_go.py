"""Go risks, found with tree-sitter queries.

`go-ignored-error` is a heuristic: Go's convention puts an error last, so a blank identifier in the
last position of an assignment from a single call most likely throws an error away. Calls known to
return something else last (a bool, a size, a cancel function) and `fmt.Print*` are left alone, and
a function or method declared in the same file is judged by its declared results. A call used as a
statement is flagged only when it surely returns an error: declared so in this file, or a standard
function such as `os.Remove` that returns nothing else. Deferred calls are never flagged.
`go-panic` skips `package main`, `_test.go` files, `init` functions and `Must...` helpers, where
panicking is the convention.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from temper.core.risks import Category, Rule, Severity
from temper.risks.treesitter_common import Captures, Context, Hit, ancestors, text

if TYPE_CHECKING:
    from tree_sitter import Node

C = Category.CORRECTNESS

RULES: dict[str, Rule] = {
    rule.code: rule
    for rule in [
        Rule(
            "go-ignored-error",
            C,
            Severity.WARNING,
            "error-handling",
            "an error is discarded with _",
            "In Go, a function reports failure by returning an error value, and nothing stops the "
            "program when that value is thrown away. The code then carries on with a result that "
            "may be empty or wrong, and the real cause of the later problem is lost.",
            "Give the error a name and check it straight after the call: "
            "`n, err := strconv.Atoi(s)` then `if err != nil { return 0, err }`.",
        ),
        Rule(
            "go-panic",
            C,
            Severity.WARNING,
            "error-handling",
            "panic in library code",
            "Panicking stops the whole program unless something recovers it. Code that other code "
            "calls should report problems as errors, so the caller can decide what to do. "
            "Crashing is a decision that belongs to the program's entry point.",
            "Return an error alongside the result: "
            "`func Parse(s string) (Config, error)` and "
            '`return Config{}, fmt.Errorf("bad input: %q", s)`.',
        ),
        Rule(
            "go-defer-in-loop",
            C,
            Severity.WARNING,
            "resource-cleanup",
            "defer inside a loop waits until the function returns",
            "Deferred calls run when the surrounding function returns, not at the end of each "
            "pass through a loop. Every pass adds another pending call, so files or locks stay "
            "open until the very end, and a long loop can run out of them.",
            "Move the body of the loop into its own function, so each deferred call runs when that "
            "function returns: "
            "`for _, name := range names { if err := process(name); err != nil { ... } }`.",
        ),
    ]
}

QUERY = r"""
(assignment_statement
  left: (expression_list) @left
  right: (expression_list . (call_expression function: (_) @fn) .)) @go-ignored-error
(short_var_declaration
  left: (expression_list) @left
  right: (expression_list . (call_expression function: (_) @fn) .)) @go-ignored-error
(expression_statement (call_expression function: (_) @fn) @go-ignored-error) @bare

((call_expression function: (identifier) @fn) @go-panic (#eq? @fn "panic"))

(defer_statement "defer" @go-defer-in-loop)
"""

# Calls whose last result is not an error (matched on the written name, or on the method name).
_NOT_ERROR_LAST = {
    "utf8.DecodeRune",
    "utf8.DecodeRuneInString",
    "utf8.DecodeLastRune",
    "utf8.DecodeLastRuneInString",
    "strings.Cut",
    "strings.CutPrefix",
    "strings.CutSuffix",
    "bytes.Cut",
    "bytes.CutPrefix",
    "bytes.CutSuffix",
    "math.Modf",
    "math.Frexp",
    "math.Lgamma",
    "math.Sincos",
    "filepath.Split",
    "path.Split",
    "os.LookupEnv",
    "runtime.Caller",
    "slices.BinarySearch",
    "slices.BinarySearchFunc",
    "sort.Find",
    "context.WithCancel",
    "context.WithTimeout",
    "context.WithDeadline",
    "context.WithCancelCause",
}
_NOT_ERROR_METHODS = {"SetString", "LoadOrStore", "LoadAndDelete", "Zone"}
# Standard functions that return only an error, so calling one as a statement drops it.
_ERROR_ONLY = {
    "os.Remove",
    "os.RemoveAll",
    "os.Mkdir",
    "os.MkdirAll",
    "os.WriteFile",
    "os.Rename",
    "os.Setenv",
    "os.Unsetenv",
    "os.Chdir",
    "os.Chmod",
    "json.Unmarshal",
}
_BUILTINS = {"append", "len", "cap", "make", "new", "copy", "min", "max", "complex", "real", "imag"}
_FUNCTION_BOUNDARY = {"function_declaration", "method_declaration", "func_literal"}


def _package_name(ctx: Context) -> str:
    if "package" not in ctx.scratch:
        name = ""
        for child in ctx.root.children:
            if child.type == "package_clause" and child.named_child_count:
                name = text(child.named_children[0])
                break
        ctx.scratch["package"] = name
    return ctx.scratch["package"]


def _last_results(ctx: Context) -> dict[str, list[str]]:
    """The type of the last result of each function and method declared in this file, by name."""
    if "results" not in ctx.scratch:
        results: dict[str, list[str]] = {}
        for child in ctx.root.children:
            if child.type not in ("function_declaration", "method_declaration"):
                continue
            key = ("." if child.type == "method_declaration" else "") + text(
                child.child_by_field_name("name")
            )
            result = child.child_by_field_name("result")
            if result is not None and result.type == "parameter_list":
                declarations = [
                    c for c in result.named_children if c.type == "parameter_declaration"
                ]
                result = declarations[-1].child_by_field_name("type") if declarations else None
            results.setdefault(key, []).append(text(result))
        ctx.scratch["results"] = results
    return ctx.scratch["results"]


def _returns_error(called: str, ctx: Context) -> bool | None:
    """Whether a function declared in this file returns an error last; None when not declared."""
    key = "." + called.rsplit(".", 1)[-1] if "." in called else called
    declared = _last_results(ctx).get(key)
    return None if declared is None else "error" in declared


def _ignored_error(caps: Captures, ctx: Context) -> Hit | None:
    called = text(caps["fn"][0])
    if "bare" in caps:  # a call used as a statement: flag only when it surely returns an error
        call = caps["go-ignored-error"][0]
        if _returns_error(called, ctx) or (
            called in _ERROR_ONLY and _returns_error(called, ctx) is None
        ):
            return Hit(
                "go-ignored-error", call, call, f"the error returned by {called} is never checked"
            )
        return None
    targets = caps["left"][0].named_children
    if not targets or targets[-1].type != "identifier" or text(targets[-1]) != "_":
        return None
    known = _returns_error(called, ctx)
    method = called.rsplit(".", 1)[-1]
    if (
        known is False
        or called in _BUILTINS
        or called in _NOT_ERROR_LAST
        or method in _NOT_ERROR_METHODS
    ):
        return None
    if known is None and called.startswith("fmt.") and "print" in method.lower():
        return None  # ignoring what fmt.Println returns is the accepted convention
    return Hit(
        "go-ignored-error", targets[-1], targets[-1], f"the error from {called} is discarded with _"
    )


def _panic_is_conventional(node: Node, ctx: Context) -> bool:
    if _package_name(ctx) == "main" or ctx.path.endswith("_test.go"):
        return True
    for parent in ancestors(node):
        if parent.type in ("function_declaration", "method_declaration"):
            name = text(parent.child_by_field_name("name"))
            return name == "init" or name.startswith(("Must", "must"))
    return False


def refine(code: str, caps: Captures, ctx: Context) -> Iterable[Hit]:
    node = caps[code][0]
    if code == "go-ignored-error":
        hit = _ignored_error(caps, ctx)
        return [hit] if hit else []
    if code == "go-panic":
        return [] if _panic_is_conventional(node, ctx) else [Hit(code, node, node)]
    if code == "go-defer-in-loop":
        for parent in ancestors(node):
            if parent.type in _FUNCTION_BOUNDARY:
                return []
            if parent.type == "for_statement":
                return [Hit(code, node, node)]
        return []
    return [Hit(code, node, node)]
