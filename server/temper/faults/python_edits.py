"""Small candidate edits of suspicious Python lines, as whole new sources (standard library only:
it runs inside the sandboxed probe).

`candidates(sources, lines, test_literals)` yields edits of the lines given, one line after the
other in turn (the likelier kinds first on each line): a comparison or boolean operator swapped, an arithmetic operator swapped, a constant
±1, a bound off by one (range arguments, indices, slices), another variable in scope, a branch
condition negated or two neighbouring checks swapped, a return moved out of its loop or
converted; then, per function, a missing return and a missing case. Each yields a dict with
path, line, kind, original, replacement (the new line) and source. An edit that compares a
name with a literal the tests use, which the learner's code never had, is never proposed: it
would special-case a test input.
"""

import ast
import copy

CMP = {ast.Lt: [ast.LtE, ast.Gt, ast.NotEq], ast.LtE: [ast.Lt, ast.GtE], ast.Gt: [ast.GtE, ast.Lt, ast.NotEq],
       ast.GtE: [ast.Gt, ast.LtE], ast.Eq: [ast.NotEq, ast.LtE, ast.GtE], ast.NotEq: [ast.Eq],
       ast.In: [ast.NotIn], ast.NotIn: [ast.In], ast.Is: [ast.IsNot], ast.IsNot: [ast.Is]}
BOUNDARY = {(ast.Lt, ast.LtE), (ast.LtE, ast.Lt), (ast.Gt, ast.GtE), (ast.GtE, ast.Gt)}
ARITH = {ast.Add: [ast.Sub, ast.Mult], ast.Sub: [ast.Add], ast.Mult: [ast.Add, ast.Div, ast.Pow],
         ast.Div: [ast.FloorDiv, ast.Mult], ast.FloorDiv: [ast.Div, ast.Mod],
         ast.Mod: [ast.FloorDiv], ast.Pow: [ast.Mult]}
CONVERSIONS = ("str", "int", "len", "sorted", "list")
NOT_COMMUTING = (ast.Add, ast.Sub, ast.Div, ast.FloorDiv, ast.Mod, ast.Pow)
MUTATING = {"append", "extend", "insert", "remove", "pop", "clear", "sort", "reverse",
            "update", "add", "discard", "setdefault", "write", "close"}
KIND_ORDER = ("off-by-one", "comparison", "constant", "arithmetic", "swapped-branches",
              "return", "missing-case", "variable")


def candidates(sources, lines, test_literals):
    """Every edit, in order of the suspicious lines; duplicates are skipped."""
    seen = set()
    trees = {}
    for path, text in sources.items():
        try:
            trees[path] = ast.parse(text)
        except SyntaxError:
            continue
    literals = set(map(repr, test_literals))
    per_line = []
    for path, line in lines:
        if path in trees:
            edits = list(_line_edits(sources[path], trees[path], path, line))
            per_line.append(sorted(edits, key=lambda e: (not e.get("first"),
                                                         KIND_ORDER.index(e["kind"]))))
    # one edit of each line in turn: a line with many unlikely edits cannot use up the budget
    for row in range(max(map(len, per_line), default=0)):
        for edits in per_line:
            if row < len(edits):
                found = edits[row]
                if _keep(found, seen, literals, sources[found["path"]]):
                    yield found
    for path, line in lines:
        if path in trees:
            for found in _function_edits(sources[path], trees[path], path, line):
                if _keep(found, seen, literals, sources[path]):
                    yield found


def _keep(found, seen, literals, original):
    if found["source"] in seen:
        return False
    seen.add(found["source"])
    try:
        tree = ast.parse(found["source"])
    except SyntaxError:
        return False
    return not _special_cases(tree, literals, original)


def _special_cases(tree, literals, original):
    """Does it compare with `==`/`in` a literal of the tests that the learner never wrote?"""
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare) and any(isinstance(o, (ast.Eq, ast.In)) for o in node.ops):
            for side in [node.left, *node.comparators]:
                if isinstance(side, ast.Constant) and repr(side.value) in literals \
                        and repr(side.value) not in original:
                    return True
    return False


def _splice(text, node, replacement, line, kind, path):
    """Replace one single-line node's text with `replacement` (UTF-8 offsets)."""
    if node.lineno != node.end_lineno:
        return None
    rows = text.split("\n")
    raw = rows[node.lineno - 1].encode("utf-8")
    new = raw[:node.col_offset] + replacement.encode("utf-8") + raw[node.end_col_offset:]
    new_line = new.decode("utf-8", errors="replace")
    original = rows[node.lineno - 1]
    rows[node.lineno - 1] = new_line
    return {"path": path, "line": line, "kind": kind, "original": original.strip(),
            "replacement": new_line.strip(), "source": "\n".join(rows)}


def _text(node, parent):
    code = ast.unparse(node)
    if isinstance(node, (ast.BinOp, ast.BoolOp, ast.Compare, ast.IfExp, ast.UnaryOp)) and \
            isinstance(parent, (ast.BinOp, ast.UnaryOp, ast.Compare, ast.Subscript,
                                ast.Attribute)):
        return f"({code})"
    return code


def _names_in_scope(tree, line):
    """Local names (parameters and assigned names) of the function around `line`."""
    for fn in ast.walk(tree):
        if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)) and \
                fn.lineno <= line <= (fn.end_lineno or fn.lineno):
            names = [a.arg for a in fn.args.posonlyargs + fn.args.args + fn.args.kwonlyargs]
            for node in ast.walk(fn):
                if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                    names.append(node.id)
            return list(dict.fromkeys(names)), fn
    return [], None


def _parents(tree):
    found = {}
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            found[child] = node
    return found


def _line_edits(text, tree, path, line):
    parents = _parents(tree)
    names, fn = _names_in_scope(tree, line)
    attrs = sorted({n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute)
                    and isinstance(n.ctx, ast.Load) and not isinstance(parents.get(n), ast.Call)})
    params = [a.arg for a in fn.args.args] if fn is not None else []
    on_line = [n for n in ast.walk(tree) if getattr(n, "lineno", None) == line
               and getattr(n, "end_lineno", None) == line and isinstance(n, ast.expr)]
    for node in on_line:
        parent = parents.get(node)
        for kind, new in _expr_edits(node, parent, names, attrs):
            found = _splice(text, node, _text(new, parent), line, kind, path)
            if found:
                yield found
    yield from _statement_edits(text, tree, parents, path, line, params)


def _plus(node, amount):
    if isinstance(node, ast.Constant) and isinstance(node.value, int) and \
            not isinstance(node.value, bool):
        return ast.Constant(node.value + amount)
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Sub)) and \
            isinstance(node.right, ast.Constant) and isinstance(node.right.value, int):
        step = node.right.value if isinstance(node.op, ast.Add) else -node.right.value
        step += amount  # `n - 1` one up is `n`, not `n - 1 + 1`
        if step == 0:
            return copy.deepcopy(node.left)
        return ast.BinOp(copy.deepcopy(node.left), ast.Add() if step > 0 else ast.Sub(),
                         ast.Constant(abs(step)))
    op = ast.Add() if amount > 0 else ast.Sub()
    return ast.BinOp(copy.deepcopy(node), op, ast.Constant(abs(amount)))


def _swaps(items):
    """Each pair of neighbours swapped: `f(a, b)` for `f(b, a)`."""
    for i in range(len(items) - 1):
        swapped = list(items)
        swapped[i], swapped[i + 1] = copy.deepcopy(items[i + 1]), copy.deepcopy(items[i])
        yield swapped


def _expr_edits(node, parent, names, attrs=()):
    if isinstance(node, ast.Call) and len(node.args) >= 2 and \
            not any(isinstance(a, ast.Starred) for a in node.args):
        for args in _swaps(node.args):
            new = copy.deepcopy(node)
            new.args = args
            yield "variable", new
    if isinstance(node, ast.Tuple) and isinstance(node.ctx, ast.Load) and len(node.elts) >= 2:
        for elts in _swaps(node.elts):
            yield "variable", ast.Tuple(elts, ast.Load())
    if isinstance(node, ast.BinOp) and isinstance(node.op, NOT_COMMUTING):
        yield "arithmetic", ast.BinOp(copy.deepcopy(node.right), node.op,
                                      copy.deepcopy(node.left))
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and \
            node.func.id == "sorted" and isinstance(parent, (ast.Assign, ast.Subscript)):
        for wrap in ("''.join({})", "tuple({})"):  # a list where a key (hashable) is needed
            yield "variable", ast.parse(wrap.format(ast.unparse(node)), mode="eval").body
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mult) and \
            isinstance(node.left, ast.List) and len(node.left.elts) == 1 and \
            isinstance(node.left.elts[0], (ast.List, ast.BinOp, ast.Dict, ast.Set)):
        rows = f"[{ast.unparse(node.left.elts[0])} for _ in range({ast.unparse(node.right)})]"
        yield "variable", ast.parse(rows, mode="eval").body  # one row shared by every row
    if isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Load) and \
            not isinstance(parent, ast.Call):
        for other in attrs:
            if other != node.attr:
                yield "variable", ast.Attribute(copy.deepcopy(node.value), other, ast.Load())
    if isinstance(node, ast.Compare):
        for i, op in enumerate(node.ops):
            for alt in CMP.get(type(op), []):
                new = copy.deepcopy(node)
                new.ops[i] = alt()
                yield ("off-by-one" if (type(op), alt) in BOUNDARY else "comparison"), new
    elif isinstance(node, ast.BoolOp):
        new = copy.deepcopy(node)
        new.op = ast.Or() if isinstance(node.op, ast.And) else ast.And()
        yield "comparison", new
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        yield "comparison", copy.deepcopy(node.operand)
    elif isinstance(node, ast.BinOp):
        for alt in ARITH.get(type(node.op), []):
            new = copy.deepcopy(node)
            new.op = alt()
            yield "arithmetic", new
        if isinstance(node.op, (ast.Add, ast.Sub)) and isinstance(node.right, ast.Constant):
            yield "off-by-one", copy.deepcopy(node.left)  # `n - 1` where `n` was meant
    elif isinstance(node, ast.Constant) and isinstance(node.value, bool):
        yield "constant", ast.Constant(not node.value)
    elif isinstance(node, ast.Constant) and isinstance(node.value, int):
        bound = _is_bound(node, parent)
        for amount in (1, -1):
            yield ("off-by-one" if bound else "constant"), ast.Constant(node.value + amount)
        if isinstance(parent, ast.Assign):  # a running minimum or maximum starts wrong
            for start in ("float('inf')", "-float('inf')", "None",
                          *(f"{n}[0]" for n in names[:3])):
                yield "constant", ast.parse(start, mode="eval").body
    elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and \
            node.func.id == "range":
        for i, arg in enumerate(node.args[:2]):
            if isinstance(arg, ast.Constant):
                continue  # a constant argument is changed as a constant
            for amount in (1, -1):
                new = copy.deepcopy(node)
                new.args[i] = _plus(arg, amount)
                yield "off-by-one", new
        if len(node.args) == 1:
            new = copy.deepcopy(node)
            new.args = [ast.Constant(1), _plus(node.args[0], 1)]
            yield "off-by-one", new
    elif isinstance(node, ast.Subscript) and not isinstance(node.slice, (ast.Constant, ast.Slice)):
        for amount in (1, -1):
            new = copy.deepcopy(node)
            new.slice = _plus(node.slice, amount)
            yield "off-by-one", new
    elif isinstance(node, ast.Slice):
        return
    elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
        for other in names:
            if other != node.id:
                yield "variable", ast.Name(other, ast.Load())
    if isinstance(parent, ast.Slice) and not isinstance(node, ast.Constant):
        for amount in (1, -1):
            yield "off-by-one", _plus(node, amount)


def _is_bound(node, parent):
    if isinstance(parent, (ast.Slice, ast.Subscript)):
        return True
    return isinstance(parent, ast.Call) and isinstance(parent.func, ast.Name) and \
        parent.func.id == "range"


def _replace_lines(text, first, last, new_lines, line, kind, path):
    rows = text.split("\n")
    original = rows[line - 1].strip()
    rows[first - 1:last] = new_lines
    replacement = new_lines[line - first].strip() if 0 <= line - first < len(new_lines) else ""
    return {"path": path, "line": line, "kind": kind, "original": original,
            "replacement": replacement, "source": "\n".join(rows)}


def _indent(text, lineno):
    row = text.split("\n")[lineno - 1]
    return row[:len(row) - len(row.lstrip())]


def _statement_edits(text, tree, parents, path, line, params=()):
    rows = text.split("\n")
    for stmt in ast.walk(tree):
        if not isinstance(stmt, ast.stmt) or stmt.lineno != line:
            continue
        parent = parents.get(stmt)
        if isinstance(stmt, ast.If):
            test = stmt.test
            if test.lineno == test.end_lineno == line:
                negated = ast.UnaryOp(ast.Not(), copy.deepcopy(test))
                found = _splice(text, test, ast.unparse(negated), line, "swapped-branches", path)
                if found:
                    yield found
            body = getattr(parent, "body", [])
            if stmt in body:
                at = body.index(stmt)
                for other in (at - 1, at + 1):
                    if 0 <= other < len(body) and isinstance(body[other], ast.If):
                        a, b = sorted((stmt, body[other]), key=lambda s: s.lineno)
                        block_a = rows[a.lineno - 1:a.end_lineno]
                        block_b = rows[b.lineno - 1:b.end_lineno]
                        between = rows[a.end_lineno:b.lineno - 1]
                        new = block_b + between + block_a
                        yield _replace_lines(text, a.lineno, b.end_lineno, new, a.lineno,
                                             "swapped-branches", path) | {"line": line}
        if isinstance(stmt, ast.Return) and stmt.value is not None:
            value = stmt.value
            for name in CONVERSIONS:
                call = ast.Call(ast.Name(name, ast.Load()), [copy.deepcopy(value)], [])
                found = _splice(text, value, ast.unparse(call), line, "return", path)
                if found:
                    yield found
            loop = parents.get(stmt)
            if isinstance(loop, (ast.For, ast.While)) and stmt is loop.body[-1]:
                moved = _indent(text, loop.lineno) + rows[line - 1].strip()
                new = rows[stmt.lineno - 1:stmt.lineno - 1] + rows[stmt.end_lineno:loop.end_lineno]
                new.append(moved)
                yield _replace_lines(text, stmt.lineno, loop.end_lineno, new, line, "return",
                                     path) | {"replacement": moved.strip()}
        if isinstance(stmt, ast.Expr) and stmt.end_lineno == line:
            code = rows[line - 1]
            value = stmt.value
            target = None  # a result computed and dropped: `s.replace(...)`, `n // 10`
            if isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) and \
                    isinstance(value.func.value, ast.Name) and value.func.attr not in MUTATING:
                target = value.func.value.id
            elif isinstance(value, ast.BinOp) and isinstance(value.left, ast.Name):
                target = value.left.id
            if target:  # a value computed and thrown away is nearly always the mistake
                yield _replace_lines(text, line, line, [f"{_indent(text, line)}{target} = "
                                                        f"{code.strip()}"], line, "variable",
                                     path) | {"first": True}
            yield _replace_lines(text, line, line, [_indent(text, line) + "return " + code.strip()],
                                 line, "return", path)
        if isinstance(stmt, ast.Assign) and isinstance(stmt.value, ast.Call) and \
                isinstance(stmt.value.func, ast.Attribute) and \
                stmt.value.func.attr in ("sort", "reverse") and stmt.end_lineno == line:
            call = stmt.value  # `x = xs.sort()` gives None: sorted(xs) was meant
            name = "sorted" if call.func.attr == "sort" else "reversed"
            new = ast.Call(ast.Name(name, ast.Load()), [copy.deepcopy(call.func.value)],
                           copy.deepcopy(call.keywords))
            if name == "reversed":
                new = ast.Call(ast.Name("list", ast.Load()), [new], [])
            found = _splice(text, call, ast.unparse(new), line, "return", path)
            if found:
                yield found
        if isinstance(stmt, ast.If) and stmt.test.lineno == stmt.test.end_lineno == line:
            for param in params:  # a case the condition leaves out: an empty input
                wider = ast.BoolOp(ast.Or(), [copy.deepcopy(stmt.test),
                                              ast.UnaryOp(ast.Not(), ast.Name(param, ast.Load()))])
                found = _splice(text, stmt.test, ast.unparse(wider), line, "missing-case", path)
                if found:
                    yield found
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and \
                isinstance(stmt.targets[0], ast.Name) and stmt.value.lineno == \
                stmt.value.end_lineno == line:
            name = stmt.targets[0].id  # a running best overwritten instead of kept
            for wrap in (f"max({name}, {{}})", f"min({name}, {{}})", "max(0, {})"):
                found = _splice(text, stmt.value, wrap.format(ast.unparse(stmt.value)), line,
                                "missing-case", path)
                if found:
                    yield found
        if isinstance(stmt, ast.If) and not stmt.orelse and stmt.test.end_lineno == line:
            row = rows[line - 1]  # checked once where it should repeat
            at = len(row) - len(row.lstrip())
            if row[at:].startswith("if "):
                yield _replace_lines(text, line, line, [row[:at] + "while " + row[at + 3:]],
                                     line, "off-by-one", path)
        if isinstance(stmt, ast.For) and isinstance(stmt.iter, ast.Name) and \
                stmt.iter.end_lineno == line:
            found = _splice(text, stmt.iter, f"{stmt.iter.id}[:]", line, "variable", path)
            if found:  # changing the list being walked: walk a copy
                yield found
        if isinstance(stmt, ast.AugAssign) and stmt.end_lineno == line:
            for alt in ARITH.get(type(stmt.op), []):
                new = copy.deepcopy(stmt)
                new.op = alt()
                yield _replace_lines(text, line, line, [_indent(text, line) + ast.unparse(new)],
                                     line, "arithmetic", path)
            plain = ast.Assign([copy.deepcopy(stmt.target)], copy.deepcopy(stmt.value))
            plain.lineno = line
            yield _replace_lines(text, line, line, [_indent(text, line) + ast.unparse(plain)],
                                 line, "variable", path)


def _function_edits(text, tree, path, line):
    names, fn = _names_in_scope(tree, line)
    if fn is None:
        return
    rows = text.split("\n")
    body = fn.body
    start = body[1] if len(body) > 1 and isinstance(body[0], ast.Expr) and \
        isinstance(getattr(body[0], "value", None), ast.Constant) else body[0]
    indent = _indent(text, start.lineno)
    if not isinstance(body[-1], ast.Return):
        for name in names:
            yield _replace_lines(text, fn.end_lineno, fn.end_lineno,
                                 [rows[fn.end_lineno - 1], f"{indent}return {name}"],
                                 fn.end_lineno + 1, "return", path)
    params = [a.arg for a in fn.args.args]
    returned = [ast.unparse(n.value) for n in ast.walk(fn)
                if isinstance(n, ast.Return) and n.value is not None and
                isinstance(n.value, (ast.Constant, ast.Name, ast.List, ast.Dict, ast.Tuple))]
    values = list(dict.fromkeys([*returned, "0", "[]", "None", "''", *params]))
    for param in params:
        for condition in (f"not {param}", f"{param} < 2", f"len({param}) < 2"):
            for value in values:
                guard = [f"{indent}if {condition}:", f"{indent}    return {value}"]
                yield _replace_lines(text, start.lineno, start.lineno - 1, guard,
                                     start.lineno, "missing-case", path) | {"line": line}
