"""Helpers for the Python AST checks: names, loops, and the paths a function can take.

Pure functions over `ast` nodes; nothing here runs the learner's code.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterator

MUTATORS = frozenset({"append", "extend", "insert", "remove", "pop", "clear", "add", "discard",
                      "popitem", "update"})
EXIT_CALLS = frozenset({"exit", "quit", "_exit"})  # exit(), sys.exit(), os._exit()
PURE_CALLS = frozenset({"print", "len", "str", "int", "float", "bool", "abs", "repr", "round",
                        "min", "max", "sum", "sorted", "range", "isinstance", "type", "format"})
SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)
DEFS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
LOOPS = (ast.For, ast.AsyncFor, ast.While)
JUMPS = (ast.Return, ast.Raise, ast.Break, ast.Continue)
BLOCK_FIELDS = ("body", "orelse", "finalbody", "handlers", "cases")
BLOCKS = {kind: tuple(f for f in BLOCK_FIELDS if f in kind._fields) for kind in (
    ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.For, ast.AsyncFor,
    ast.While, ast.If, ast.With, ast.AsyncWith, ast.Try, ast.TryStar, ast.Match)}

def name(node: ast.AST | None) -> str | None:
    """The last part of a dotted name: `list` for `list`, `defaultdict` for `c.defaultdict`."""
    return node.id if isinstance(node, ast.Name) else (
        node.attr if isinstance(node, ast.Attribute) else None)


def ref(node: ast.AST) -> str | None:
    """A comparable key for `xs` or `self.xs`, None for anything else."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    return ".".join([node.id, *reversed(parts)]) if isinstance(node, ast.Name) else None


def len_of(node: ast.AST) -> str | None:
    ok = isinstance(node, ast.Call) and name(node.func) == "len" and len(node.args) == 1
    return ref(node.args[0]) if ok else None


def plus_one(node: ast.AST) -> ast.AST | None:
    if (isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add)
            and isinstance(node.right, ast.Constant) and node.right.value == 1):
        return node.left
    return None


def const(node: ast.AST, *values: object) -> bool:
    return isinstance(node, ast.Constant) and type(node.value) is int and node.value in values


def always_true(test: ast.AST) -> bool:
    return isinstance(test, ast.Constant) and bool(test.value)


def child_blocks(stmt: ast.AST) -> Iterator[tuple[list[ast.stmt], bool]]:
    """The statement lists inside `stmt`, each with whether it is a loop's repeated body."""
    kind = type(stmt)
    repeated = kind in LOOPS
    for field in BLOCKS.get(kind, ()):
        value = getattr(stmt, field)
        if field in ("handlers", "cases"):
            for item in value:
                yield item.body, False
        elif value:
            yield value, repeated and field == "body"


def header(stmt: ast.stmt) -> Iterator[ast.AST]:
    """Every node of `stmt` outside its nested statement lists."""
    for field, value in ast.iter_fields(stmt):
        if field in BLOCK_FIELDS or (field == "decorator_list"):
            continue
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, ast.AST):
                yield from ast.walk(item)


def leaves(stmts: list[ast.stmt], own_loop: bool = True) -> bool:
    """Whether some statement can leave the loop whose body is `stmts`."""
    for stmt in stmts:
        if isinstance(stmt, DEFS):
            continue
        if isinstance(stmt, (ast.Return, ast.Raise)) or (own_loop and isinstance(stmt, ast.Break)):
            return True
        for node in header(stmt):
            if isinstance(node, (ast.Yield, ast.YieldFrom)) or (
                    isinstance(node, ast.Call) and name(node.func) in EXIT_CALLS):
                return True
        if any(leaves(block, own_loop and not repeated) for block, repeated in
               child_blocks(stmt)):
            return True
    return False


def own_walk(nodes: list[ast.AST]) -> Iterator[ast.AST]:
    """Nodes of this scope: nested defs and lambdas are yielded but not entered."""
    todo = list(reversed(nodes))
    while todo:
        node = todo.pop()
        yield node
        if not isinstance(node, SCOPES):
            todo.extend(reversed(list(ast.iter_child_nodes(node))))


def is_literal(node: ast.AST) -> bool:
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        node = node.operand
    if isinstance(node, ast.Constant):
        return not any(node.value is v for v in (None, True, False, Ellipsis))
    return isinstance(node, ast.List | ast.Dict | ast.Set | ast.Tuple | ast.JoinedStr)


def is_index(node: ast.AST, index: str) -> bool:
    """`i`, `i + 1`, `n - i`: the index itself, not an item found at it."""
    if isinstance(node, ast.BinOp):
        return is_index(node.left, index) or is_index(node.right, index)
    return isinstance(node, ast.Name) and node.id == index


def mutations(stmts: list[ast.stmt], key: str, exits_after: bool,
               breaks_exit: bool = True) -> Iterator[ast.AST]:
    """Changes to the walked collection `key` not followed by leaving the loop."""
    stops = (ast.Return, ast.Raise, ast.Break) if breaks_exit else (ast.Return, ast.Raise)
    last_stop = max((i for i, s in enumerate(stmts) if isinstance(s, stops)), default=-1)
    for i, stmt in enumerate(stmts):
        if isinstance(stmt, DEFS):
            continue
        safe = exits_after or i < last_stop
        hit = next((t for t in getattr(stmt, "targets", []) if isinstance(stmt, ast.Delete)
                    and isinstance(t, ast.Subscript) and ref(t.value) == key), None)
        hit = hit or next((n for n in header(stmt) if isinstance(n, ast.Call)
                           and isinstance(n.func, ast.Attribute) and n.func.attr in MUTATORS
                           and ref(n.func.value) == key), None)
        if hit is not None:
            if not safe:
                yield hit
            continue
        for block, repeated in child_blocks(stmt):
            yield from mutations(block, key, safe, breaks_exit and not repeated)


def condition_names(test: ast.AST) -> set[str] | None:
    """The variables a simple loop condition depends on, or None if it may change by itself."""
    names, callees = set(), set()
    for node in ast.walk(test):
        if isinstance(node, ast.Call):
            if not isinstance(node.func, ast.Name) or node.func.id not in PURE_CALLS:
                return None
            callees.add(id(node.func))
        elif isinstance(node, ast.Attribute | ast.Await | ast.NamedExpr | ast.Lambda
                        | ast.Yield | ast.YieldFrom | ast.comprehension):
            return None
        elif isinstance(node, ast.Name) and id(node) not in callees:
            names.add(node.id)
    return names or None


def changes(node: ast.AST, names: set[str]) -> bool:
    """Whether `node` may rebind or mutate one of `names`."""
    if isinstance(node, ast.Name):
        return node.id in names and not isinstance(node.ctx, ast.Load)
    if isinstance(node, ast.Subscript | ast.Attribute):
        return not isinstance(node.ctx, ast.Load) and name(node.value) in names
    if isinstance(node, ast.Call):
        if isinstance(node.func, ast.Attribute) and name(node.func.value) in names:
            return True
        passed = [*node.args, *(k.value for k in node.keywords)]
        return name(node.func) not in PURE_CALLS and any(
            isinstance(a, ast.Name) and a.id in names for a in passed)
    if isinstance(node, ast.Global | ast.Nonlocal):
        return True
    if isinstance(node, ast.ExceptHandler | ast.alias):
        return (getattr(node, "name", None) in names) or (getattr(node, "asname", None) in names)
    return False


def free(node: ast.AST | None, recurses: Callable[[ast.AST], bool]) -> bool:
    """Whether some evaluation of `node` avoids the recursive call."""
    if node is None or isinstance(node, SCOPES):
        return True
    if recurses(node):
        return False
    if isinstance(node, ast.IfExp):
        return free(node.test, recurses) and (free(node.body, recurses)
                                               or free(node.orelse, recurses))
    if isinstance(node, ast.BoolOp):
        return free(node.values[0], recurses)
    if isinstance(node, ast.ListComp | ast.SetComp | ast.GeneratorExp | ast.DictComp):
        return free(node.generators[0].iter, recurses)  # an empty iterable recurses no more
    return all(free(child, recurses) for child in ast.iter_child_nodes(node))


def flow(stmts: list[ast.stmt], rec: Callable[[ast.AST], bool]) -> tuple[bool, bool, bool]:
    """For some path that never recurses: (falls through, leaves the function, jumps in a loop)."""
    leaves = jumps = False
    for stmt in stmts:
        if isinstance(stmt, DEFS):
            continue
        if isinstance(stmt, ast.Return | ast.Raise):
            return False, leaves or isinstance(stmt, ast.Raise) or free(stmt.value, rec), jumps
        if isinstance(stmt, ast.Break | ast.Continue):
            return False, leaves, True
        blocks = [b for b, _ in child_blocks(stmt)]
        if not blocks:  # a simple statement
            if not free(stmt, rec):
                return False, leaves, jumps
            continue
        if not all(free(n, rec) for n in ast.iter_child_nodes(stmt)
                   if isinstance(n, ast.expr | ast.withitem)):
            return False, leaves, jumps
        parts = [flow(b, rec) for b in blocks]
        leaves = leaves or any(p[1] for p in parts)
        if isinstance(stmt, LOOPS):
            body = parts[0]
            else_falls = parts[1][0] if len(parts) > 1 else True
            jumps = jumps or any(p[2] for p in parts[1:])
            never_empty = isinstance(stmt, ast.While) and always_true(stmt.test)
            falls = body[2] or (else_falls and not never_empty)
        elif isinstance(stmt, ast.If):
            jumps = jumps or any(p[2] for p in parts)
            falls = any(p[0] for p in parts) or not stmt.orelse
        elif isinstance(stmt, ast.Match):
            falls = True  # no case may match
        else:  # try, with: any part that falls through lets the path go on
            jumps = jumps or any(p[2] for p in parts)
            falls = any(p[0] for p in parts)
        if not falls:
            return False, leaves, jumps
    return True, leaves, jumps
