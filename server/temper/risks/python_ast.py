"""Learning-trap checks on Python's AST. Pure and in-process: the learner's code is never run."""

from __future__ import annotations

import ast
import functools
import itertools
import re
import warnings

from temper.core.risks import Detection
from temper.risks import python_flow as pf
from temper.risks.python_rules import AST_RULES

MAX_SOURCE_CHARS = 1_000_000
SHADOWABLE = frozenset({  # built-ins a learner is likely to name a variable after, then call
    "list", "dict", "str", "int", "float", "bool", "set", "tuple", "len", "sum", "max", "min",
    "abs", "round", "sorted", "reversed", "range", "enumerate", "zip", "map", "filter", "any",
    "all", "print", "input", "open", "id", "type", "iter", "chr", "ord", "pow", "isinstance"})
MUTABLE_CALLS = frozenset({"list", "dict", "set", "bytearray", "defaultdict", "OrderedDict",
                           "Counter", "deque"})
COMPOUND = (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.For,
            ast.AsyncFor, ast.While, ast.If, ast.With, ast.AsyncWith, ast.Try, ast.TryStar,
            ast.Match)
CHECKED = frozenset({*COMPOUND, ast.Lambda, ast.Compare, ast.ExceptHandler})
SCOPE_TYPES = frozenset(pf.SCOPES)
BINDERS = frozenset({ast.arg, ast.alias, ast.ExceptHandler, ast.MatchAs, ast.MatchStar,
                     *pf.DEFS})


@functools.cache
def _fields(kind: type) -> tuple[str, ...]:
    """The fields of a node type that can hold child nodes, last first (the walk's stack)."""
    skip = {"ctx", "name", "id", "attr", "arg", "asname", "type_comment", "kind",
            "module", "level", "conversion", "is_async", "lineno", "simple", "tag", "value"
            } - ({"value"} if kind is not ast.Constant else set())
    return tuple(f for f in reversed(kind._fields) if f not in skip)


def detect(source: str, path: str = "main.py") -> list[Detection]:
    """Learning traps in `source`; [] for code that does not parse, binary or huge input."""
    if len(source) > MAX_SOURCE_CHARS or "\x00" in source:
        return []
    try:
        with warnings.catch_warnings():  # "is" with a literal, bad escapes: not ours to print
            warnings.simplefilter("ignore")
            tree = ast.parse(source, filename=path)
        return _Checker(source).run(tree)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return []


class _Checker:
    def __init__(self, source: str) -> None:
        self.lines = re.split(r"\r\n|\r|\n", source)  # the line breaks Python's parser uses
        self.found: dict[tuple, Detection] = {}
        self.declared: set[str] = set()  # names some function declares global or nonlocal
        self.mutated: set[str] = set()  # names whose object is changed in place somewhere
        self.ended_by_error: set[int] = set()  # loops in a try: an exception may end them
        self.calls: dict[ast.AST, list[ast.Call]] = {}  # scope -> calls made directly in it
        self.shadowed: dict[ast.AST, set[str]] = {}  # scope -> built-in names already reported

    # ---- positions -------------------------------------------------------------------------

    def _col(self, line: int, offset: int) -> int:
        """A 1-based character column from the AST's 0-based UTF-8 byte offset."""
        text = self.lines[line - 1] if 0 < line <= len(self.lines) else ""
        if text.isascii():
            return offset + 1
        return len(text.encode("utf-8")[:offset].decode("utf-8", "ignore")) + 1

    def add(self, code: str, start: ast.AST, end: ast.AST | None = None,
            detail: str = "") -> None:
        end = end or start
        line, end_line = start.lineno, end.end_lineno or start.lineno
        column = self._col(line, start.col_offset)
        end_column = self._col(end_line, end.end_col_offset or start.col_offset)
        message = AST_RULES[code].message + (f": {detail}" if detail else "")
        self.found.setdefault((code, line, column),
                              Detection(code, line, column, end_line, end_column, message))

    # ---- driver ----------------------------------------------------------------------------

    def run(self, tree: ast.Module) -> list[Detection]:
        """One pass collects scopes, bindings and calls; the checks run after it."""
        todo: list[tuple[ast.AST, ast.AST]] = [(tree, tree)]
        push, pop = todo.append, todo.pop
        checks: list[ast.AST] = []
        while todo:
            node, scope = pop()
            kind = type(node)
            if kind in CHECKED:
                checks.append(node)
            if kind is ast.Name:
                if type(node.ctx) is ast.Store:
                    self._bind(scope, node.id, node)
            elif kind is ast.Call:
                self.calls.setdefault(scope, []).append(node)
                if type(node.func) is ast.Attribute:
                    self.mutated.add(pf.name(node.func.value) or "")
            elif kind is ast.Subscript or kind is ast.Attribute:
                if type(node.ctx) is not ast.Load:
                    self.mutated.add(pf.name(node.value) or "")
            elif kind in BINDERS:
                self._binding(node, scope)
            elif kind is ast.Global or kind is ast.Nonlocal:
                self.declared.update(node.names)
            inner = node if kind in SCOPE_TYPES else scope
            for field in _fields(kind):
                value = getattr(node, field, None)
                if type(value) is list:
                    for item in reversed(value):
                        if isinstance(item, ast.AST):
                            push((item, inner))
                elif isinstance(value, ast.AST):
                    push((value, inner))
        for node in checks:
            if isinstance(node, COMPOUND):
                self._unreachable(node)
            check = getattr(self, f"_check_{type(node).__name__}", None)
            if check:
                check(node)
        return sorted(self.found.values(), key=lambda d: (d.line, d.column, d.code))

    # ---- py-mutable-default, py-recursion-no-base ------------------------------------------

    def _defaults(self, args: ast.arguments) -> None:
        for default in [*args.defaults, *args.kw_defaults]:
            if isinstance(default, ast.List | ast.Dict | ast.Set | ast.ListComp | ast.DictComp
                          | ast.SetComp) or (isinstance(default, ast.Call)
                                             and pf.name(default.func) in MUTABLE_CALLS):
                self.add("py-mutable-default", default)

    def _check_Lambda(self, node: ast.Lambda) -> None:
        self._defaults(node.args)

    def _check_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        self._defaults(node.args)
        params = [a.arg for a in [*node.args.posonlyargs, *node.args.args]]
        owner = params[0] if params and params[0] in ("self", "cls") else None

        def recurses(call: ast.AST) -> bool:
            if not isinstance(call, ast.Call):
                return False
            func = call.func
            if owner:
                return (isinstance(func, ast.Attribute) and func.attr == node.name
                        and pf.name(func.value) == owner)
            return isinstance(func, ast.Name) and func.id == node.name

        calls = [n for n in self.calls.get(node, []) if recurses(n)]
        if calls:
            falls, leaves, _ = pf.flow(node.body, recurses)
            if not (falls or leaves):
                self.add("py-recursion-no-base", calls[0], detail=f"`{node.name}`")

    _check_AsyncFunctionDef = _check_FunctionDef

    # ---- py-none-comparison, py-is-literal -------------------------------------------------

    def _check_Compare(self, node: ast.Compare) -> None:
        left = node.left
        for op, right in zip(node.ops, node.comparators, strict=True):
            pair = (left, right)
            if isinstance(op, ast.Eq | ast.NotEq) and any(
                    isinstance(x, ast.Constant) and x.value is None for x in pair):
                self.add("py-none-comparison", left, right)
            if isinstance(op, ast.Is | ast.IsNot) and any(map(pf.is_literal, pair)):
                self.add("py-is-literal", left, right)
            left = right

    # ---- py-mutate-while-iterating, py-off-by-one ------------------------------------------

    def _check_For(self, node: ast.For | ast.AsyncFor) -> None:
        walked = node.iter
        if isinstance(walked, ast.Call):
            if pf.name(walked.func) == "enumerate" and walked.args:
                walked = walked.args[0]
            elif (isinstance(walked.func, ast.Attribute) and not walked.args
                  and walked.func.attr in ("keys", "values", "items")):
                walked = walked.func.value
        key = pf.ref(walked)
        hits = list(pf.mutations(node.body, key, exits_after=False)) if key else []
        if hits and not any(isinstance(n, ast.Name | ast.Attribute) and isinstance(
                n.ctx, ast.Store) and pf.ref(n) == key for s in node.body for n in ast.walk(s)):
            for hit in hits:  # (unless the name is rebound: then it is a new collection)
                self.add("py-mutate-while-iterating", hit)
        self._range_off_by_one(node)

    _check_AsyncFor = _check_For

    def _range_off_by_one(self, node: ast.For | ast.AsyncFor) -> None:
        call = node.iter
        if not (isinstance(call, ast.Call) and pf.name(call.func) == "range"
                and isinstance(node.target, ast.Name) and 1 <= len(call.args) <= 2):
            return
        index, stop = node.target.id, call.args[-1]
        start_ok = len(call.args) == 1 or pf.const(call.args[0], 0, 1)
        past_end = pf.plus_one(stop)
        if start_ok and past_end and (seq := pf.len_of(past_end)):
            self._indexing(node.body, seq, index, ahead=False, where=call)
        elif (len(call.args) == 1 or pf.const(call.args[0], 0)) and (seq := pf.len_of(stop)):
            self._indexing(node.body, seq, index, ahead=True, where=call)

    def _indexing(self, body: list[ast.stmt], seq: str, index: str, ahead: bool,
                  where: ast.AST) -> None:
        nodes = [n for s in body for n in ast.walk(s)]
        if any(isinstance(n, ast.Compare) and any(pf.is_index(x, index) for x in
                                                  [n.left, *n.comparators]) for n in nodes):
            return  # the index itself is compared with something: the access may be guarded
        for n in nodes:
            if isinstance(n, ast.Subscript) and pf.ref(n.value) == seq:
                probe = pf.plus_one(n.slice) if ahead else n.slice
                if isinstance(probe, ast.Name) and probe.id == index:
                    self.add("py-off-by-one", where, detail=f"`{ast.unparse(n.value)}`")
                    return

    # ---- py-endless-loop -------------------------------------------------------------------

    def _check_While(self, node: ast.While) -> None:
        test = node.test
        if (isinstance(test, ast.Compare) and len(test.ops) == 1
                and isinstance(test.ops[0], ast.LtE) and isinstance(test.left, ast.Name)
                and (seq := pf.len_of(test.comparators[0]))):
            self._indexing(node.body, seq, test.left.id, ahead=False, where=test)
        if pf.leaves(node.body) or id(node) in self.ended_by_error:
            return
        if pf.always_true(test):
            self.add("py-endless-loop", node, test)
            return
        names = pf.condition_names(test)
        if not names or names & self.declared:
            return
        if names & self.mutated and any(isinstance(n, ast.Await) or (
                isinstance(n, ast.Call) and pf.name(n.func) not in pf.PURE_CALLS)
                for s in node.body for n in ast.walk(s)):
            return  # a call may run code elsewhere that changes the container
        if not any(pf.changes(n, names) for s in node.body for n in ast.walk(s)):
            shown = ", ".join(f"`{n}`" for n in sorted(names))
            self.add("py-endless-loop", node, test, detail=f"nothing inside it changes {shown}")

    def _check_Try(self, node: ast.Try) -> None:
        """`try: while True: ... except StopIteration:` (or Ctrl+C) ends the loop on purpose."""
        if node.handlers:
            self.ended_by_error.update(id(n) for n in pf.own_walk(node.body)
                                       if isinstance(n, ast.While))

    _check_TryStar = _check_Try

    # ---- py-swallowed-exception, py-unreachable --------------------------------------------

    def _check_ExceptHandler(self, node: ast.ExceptHandler) -> None:
        kinds = node.type.elts if isinstance(node.type, ast.Tuple) else [node.type]
        broad = node.type is None or any(pf.name(k) in ("Exception", "BaseException")
                                         for k in kinds)
        quiet = all(isinstance(s, ast.Pass | ast.Continue) or (
            isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant)
            and s.value.value is Ellipsis) for s in node.body)
        if broad and quiet:
            end = node.type or _Span(node.lineno, node.col_offset + len("except"))
            self.add("py-swallowed-exception", node, end)

    def _unreachable(self, node: ast.stmt | ast.Module) -> None:
        for block, _ in pf.child_blocks(node):
            for stmt, after in itertools.pairwise(block):
                if isinstance(stmt, pf.JUMPS):
                    self.add("py-unreachable", after, block[-1])
                    break

    # ---- py-shadowed-builtin ---------------------------------------------------------------

    def _binding(self, node: ast.AST, scope: ast.AST) -> None:
        if isinstance(node, ast.arg):
            self._bind(scope, node.arg, node)
        elif isinstance(node, ast.alias):
            self._bind(scope, node.asname or node.name.split(".")[0], node)
        elif isinstance(node, ast.ExceptHandler | ast.MatchAs | ast.MatchStar):
            self._bind(scope, node.name, node)
        elif node.name in SHADOWABLE:  # a def or class: point at its name, not at `def`
            raw = self.lines[node.lineno - 1].encode("utf-8")
            span = _Span(node.lineno, max(raw.find(node.name.encode(), node.col_offset),
                                          node.col_offset))
            span.end_col_offset = span.col_offset + len(node.name)
            self._bind(scope, node.name, span)

    def _bind(self, scope: ast.AST, name: str | None, where: ast.AST) -> None:
        """The first binding of a built-in's name in a scope; class bodies are left alone."""
        seen = self.shadowed.setdefault(scope, set())
        if name in SHADOWABLE and name not in seen and not isinstance(scope, ast.ClassDef):
            seen.add(name)
            self.add("py-shadowed-builtin", where, detail=f"`{name}`")


class _Span:
    """A stand-in node for a position the AST does not record (a def's name, `except`)."""

    def __init__(self, line: int, col: int) -> None:
        self.lineno = self.end_lineno = line
        self.col_offset = self.end_col_offset = col
