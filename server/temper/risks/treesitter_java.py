"""Java risks, found with tree-sitter queries.

Four classic traps of a learner's Java: comparing strings with `==`, a catch block that swallows
the exception, text glued into an SQL statement or a shell command, and `System.exit` outside
`main`. Test classes (a name ending in `Test`, or a file under `src/test/`) may exit and swallow
as they like.
"""

from __future__ import annotations

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
            "java-string-identity",
            C,
            Severity.WARNING,
            "equality",
            "== compares whether two strings are the same object, not the same text",
            "For objects such as strings, the equality operator asks whether both sides are one "
            "and the same object in memory. Two strings with equal text are often different "
            "objects, so the comparison can be false even though the words match.",
            "Compare the text with `equals`: `\"yes\".equals(answer)` (a literal first also "
            "copes with a null answer), or `Objects.equals(a, b)`.",
        ),
        Rule(
            "java-empty-catch",
            C,
            Severity.WARNING,
            "exceptions",
            "empty catch block hides the exception",
            "Catching an exception and doing nothing makes the failure disappear: the program "
            "carries on with missing or wrong data, and nobody learns what went wrong or where.",
            "Handle it, or pass it on: rethrow it wrapped, "
            "`throw new IllegalStateException(\"could not read config\", e);`, or, if ignoring "
            "it really is right, say why in a comment inside the block.",
        ),
        Rule(
            "java-query-concat",
            S,
            Severity.ERROR,
            "security",
            "text glued into an SQL statement or a shell command",
            "When input is pasted into a query or a command line, an attacker can write input "
            "that ends your statement and starts their own: reading other people's data, "
            "deleting tables or running programs on the machine.",
            "Keep the statement fixed and pass the input separately: a `PreparedStatement` with "
            "`?` placeholders and `setString`, or a `ProcessBuilder` given each argument on its "
            "own, never a shell.",
        ),
        Rule(
            "java-system-exit",
            C,
            Severity.WARNING,
            "error-handling",
            "System.exit outside main stops the whole program",
            "Exiting from deep inside a program ends everything at once: callers cannot recover, "
            "resources are left open, and a test that reaches this line takes the test runner "
            "down with it.",
            "Throw an exception that says what went wrong, "
            "`throw new IllegalArgumentException(\"empty name\");`, and let `main` decide "
            "whether to exit.",
        ),
    ]
}

QUERY = r"""
((binary_expression left: (string_literal) operator: ["==" "!="]) @java-string-identity)
((binary_expression operator: ["==" "!="] right: (string_literal)) @java-string-identity)

(catch_clause body: (block) @body) @java-empty-catch

((method_invocation
   name: (identifier) @method
   arguments: (argument_list . (binary_expression operator: "+") @glued)) @java-query-concat
 (#any-of? @method "executeQuery" "executeUpdate" "execute" "addBatch" "prepareStatement"
                   "prepareCall" "exec"))

((method_invocation object: (identifier) @class name: (identifier) @method) @java-system-exit
 (#eq? @class "System") (#eq? @method "exit"))
"""


def _in_test_code(node: Node, ctx: Context) -> bool:
    parts = path_parts(ctx.path)
    if "test" in parts[:-1] and "src" in parts:  # Maven/Gradle: src/test/java/...
        return True
    for parent in ancestors(node):
        if parent.type == "class_declaration" and \
                text(parent.child_by_field_name("name")).endswith("Test"):
            return True
    return False


def _in_main(node: Node) -> bool:
    for parent in ancestors(node):
        if parent.type == "method_declaration":
            return text(parent.child_by_field_name("name")) == "main"
        if parent.type == "lambda_expression":
            return False
    return False


def _has_string_piece(node: Node) -> bool:
    """Whether a `+` chain holds a string literal (text being built, not numbers added)."""
    if node.type == "string_literal":
        return True
    if node.type == "binary_expression" and text(node.child_by_field_name("operator")) == "+":
        return any(_has_string_piece(node.child_by_field_name(side)) for side in ("left", "right"))
    if node.type == "parenthesized_expression" and node.named_child_count:
        return _has_string_piece(node.named_children[0])
    return False


def refine(code: str, caps: Captures, ctx: Context) -> Iterable[Hit]:
    node = caps[code][0]
    if code == "java-string-identity":
        return [Hit(code, node, node)]
    if code == "java-empty-catch":
        body = caps["body"][0]
        if body.named_child_count or _in_test_code(node, ctx):  # a comment counts: a reason given
            return []
        return [Hit(code, node, node)]
    if code == "java-query-concat":
        glued = caps["glued"][0]
        if not _has_string_piece(glued):
            return []
        method = caps["method"][0]
        return [Hit(code, method, node, f"text glued into {text(method)}(...): pass the input "
                                        "separately")]
    if code == "java-system-exit":
        if _in_main(node) or _in_test_code(node, ctx):
            return []
        return [Hit(code, node, node)]
    return []
