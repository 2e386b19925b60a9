"""JavaScript and TypeScript risks, found with tree-sitter queries.

Loose equality follows ESLint's `eqeqeq: "smart"`: comparing with `null` (the idiom for "null or
undefined"), comparing a `typeof` result, and comparing two literals are left alone, because
`==` and `===` cannot differ there; `== undefined` is still flagged. Setting `innerHTML` to a fixed
string (such as `""` to clear an element) is left alone. `js-inner-html` also covers
`insertAdjacentHTML` and JSX's `dangerouslySetInnerHTML`; `js-eval` also covers `window.eval`,
aliasing `eval`, and `setTimeout`/`setInterval` given a string.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from temper.core.risks import Category, Rule, Severity
from temper.risks.treesitter_common import Captures, Context, Hit, first_child_of_type, strip_parens

if TYPE_CHECKING:
    from tree_sitter import Node

S, C, L = Category.SECURITY, Category.CORRECTNESS, Category.LEARNING

RULES: dict[str, Rule] = {
    rule.code: rule
    for rule in [
        Rule(
            "js-eval",
            S,
            Severity.WARNING,
            "code-injection",
            "eval runs a string as code",
            "Turning text into running code means anyone who can influence that text can make "
            "your program do anything it is able to do. It also hides mistakes until the moment "
            "the text runs, and makes the program hard to read and to check.",
            "Decide what the text is allowed to mean and handle those cases directly: parse data "
            "with `JSON.parse(text)`, look names up in an object (`handlers[name]`), and pass a "
            "function, not a string, to `setTimeout`.",
        ),
        Rule(
            "js-new-function",
            S,
            Severity.WARNING,
            "code-injection",
            "Function built from a string runs it as code",
            "Building a function out of text is another way of running text as code. If any part "
            "of the text comes from a user, a file or the network, that source can run its own "
            "instructions inside your page or program.",
            "Write the function in your source code instead, and pass the changing values to it as "
            "arguments: `const area = (w, h) => w * h;`.",
        ),
        Rule(
            "js-inner-html",
            S,
            Severity.WARNING,
            "html-injection",
            "setting HTML from a value can inject markup and scripts",
            "Text placed into a page as HTML is read as markup, so a value containing tags or "
            "event attributes becomes part of the page and can run scripts. This is how "
            "cross-site scripting happens, one of the most common web security holes.",
            "When you mean text, set text: `el.textContent = value;`. When you need structure, "
            "create elements with `document.createElement` and append them.",
        ),
        Rule(
            "js-document-write",
            S,
            Severity.WARNING,
            "html-injection",
            "document.write injects raw HTML",
            "Writing raw HTML straight into the document mixes your data with markup, so odd "
            "characters or hostile input become tags and scripts. Called after the page has "
            "loaded, it also wipes the whole page.",
            "Find or create the element you want and change it: "
            "`const p = document.createElement('p'); p.textContent = msg; "
            "document.body.append(p);`.",
        ),
        Rule(
            "js-loose-equality",
            L,
            Severity.INFO,
            "type-coercion",
            "loose equality converts types before comparing",
            "The double-equals comparison quietly converts values to a common type first, so an "
            "empty string, zero and false can all count as equal. Results like these are hard to "
            "predict and lead to conditions that pass when they should not.",
            "Use strict equality, which compares without converting: `a === b` and `a !== b`. "
            "Convert on purpose when you mean it: `Number(input) === 3`.",
        ),
        Rule(
            "js-var",
            L,
            Severity.INFO,
            "variable-scope",
            "var declares a function-scoped variable",
            "A variable declared this old way belongs to the whole function rather than the "
            "block it is written in, and it exists before the line that declares it. Loops and "
            "callbacks then share one variable, which causes confusing bugs.",
            "Declare with `const` when the name is never reassigned and `let` when it is: "
            "`const total = 0;` becomes `let total = 0;` if it changes.",
        ),
        Rule(
            "ts-any",
            L,
            Severity.INFO,
            "type-safety",
            "any switches off type checking",
            "Marking a value as any tells the type checker to trust everything done with it, so "
            "misspelled properties and wrong argument types are no longer caught. The errors "
            "move from your editor to run time, where they are harder to find.",
            "Describe the shape you expect with an interface or type, or use `unknown` and narrow "
            "it: `if (typeof value === 'string') { ... }`.",
        ),
        Rule(
            "ts-non-null",
            C,
            Severity.INFO,
            "null-safety",
            "non-null assertion silences a possible null",
            "The exclamation mark after an expression promises the checker that the value can "
            "never be null or undefined. The promise is not checked while the program runs, so "
            "when it turns out wrong the program crashes somewhere else.",
            "Handle the missing case: `if (el === null) return;`, or use optional chaining with a "
            "default: `el?.value ?? ''`.",
        ),
    ]
}

BASE_QUERY = r"""
((call_expression function: (identifier) @fn) @js-eval (#eq? @fn "eval"))
((call_expression
   function: (member_expression object: (identifier) @obj property: (property_identifier) @fn))
 @js-eval (#any-of? @obj "window" "globalThis" "self") (#eq? @fn "eval"))
((variable_declarator value: (identifier) @fn) @js-eval (#eq? @fn "eval"))
((call_expression function: (identifier) @fn arguments: (arguments . [(string) (template_string)]))
 @js-eval (#any-of? @fn "setTimeout" "setInterval"))

((new_expression constructor: (identifier) @ctor) @js-new-function (#eq? @ctor "Function"))
((call_expression function: (identifier) @fn) @js-new-function (#eq? @fn "Function"))

((assignment_expression
   left: (member_expression property: (property_identifier) @prop) @js-inner-html
   right: (_) @value)
 (#any-of? @prop "innerHTML" "outerHTML"))
((augmented_assignment_expression
   left: (member_expression property: (property_identifier) @prop) @js-inner-html
   right: (_) @value)
 (#any-of? @prop "innerHTML" "outerHTML"))
((call_expression
   function: (member_expression property: (property_identifier) @prop)
   arguments: (arguments (_) (_) @value .))
 @js-inner-html (#eq? @prop "insertAdjacentHTML"))

((call_expression
   function: (member_expression object: (identifier) @obj property: (property_identifier) @fn))
 @js-document-write (#eq? @obj "document") (#any-of? @fn "write" "writeln"))

(binary_expression left: (_) @left operator: ["==" "!="] @js-loose-equality right: (_) @right)

(variable_declaration "var" @js-var)
"""

# JSX exists in the JavaScript and TSX grammars, not in plain TypeScript's.
_JSX_QUERY = r"""
((jsx_attribute (property_identifier) @prop) @js-inner-html
 (#eq? @prop "dangerouslySetInnerHTML"))
"""

_TYPESCRIPT_ONLY = r"""
((predefined_type) @ts-any (#eq? @ts-any "any"))
(non_null_expression) @ts-non-null
"""

JAVASCRIPT_QUERY = BASE_QUERY + _JSX_QUERY
TYPESCRIPT_QUERY = BASE_QUERY + _TYPESCRIPT_ONLY
TSX_QUERY = BASE_QUERY + _JSX_QUERY + _TYPESCRIPT_ONLY

_LITERALS = {"string", "number", "true", "false", "null", "undefined", "regex"}


def _is_constant_string(node: Node | None) -> bool:
    node = strip_parens(node)
    if node is None:
        return False
    if node.type == "string":
        return True
    return (
        node.type == "template_string"
        and first_child_of_type(node, "template_substitution") is None
    )


def _is_literal(node: Node | None) -> bool:
    node = strip_parens(node)
    return node is not None and (node.type in _LITERALS or _is_constant_string(node))


def _is_typeof(node: Node | None) -> bool:
    node = strip_parens(node)
    return (
        node is not None
        and node.type == "unary_expression"
        and node.child_by_field_name("operator") is not None
        and node.child_by_field_name("operator").type == "typeof"
    )


def refine(code: str, caps: Captures, ctx: Context) -> Iterable[Hit]:
    node = caps[code][0]
    if code == "js-loose-equality":
        left, right = caps["left"][0], caps["right"][0]
        if any(strip_parens(side).type == "null" for side in (left, right)):
            return []
        if _is_typeof(left) or _is_typeof(right) or (_is_literal(left) and _is_literal(right)):
            return []
    elif code == "js-inner-html":
        if "value" in caps and _is_constant_string(caps["value"][0]):
            return []  # a fixed string, such as clearing with "", cannot inject anything
    elif code == "js-var":
        holder = node.parent.parent if node.parent is not None else None
        if holder is not None and holder.type == "ambient_declaration":
            return []  # `declare var` in TypeScript describes a global; it has no let form
    return [Hit(code, node, node)]
