"""Dependencies point inward: the pure core imports no I/O, nothing below the edges imports the
command line or the language server, and no module of `temper` takes part in an import cycle.

Read from the source (every import statement, also those inside functions; those under
`if TYPE_CHECKING:` are left out, as they never run).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import temper

ROOT = Path(temper.__file__).parent
# What the pure core may never import (I/O, the editor protocol, the network, SQLite).
NOT_IN_CORE = ("pygls", "lsprotocol", "sqlite3", "aiosqlite", "socket", "subprocess", "asyncio",
               "http", "urllib", "requests", "httpx", "anthropic", "openai", "ollama", "docker",
               "shutil", "tempfile")
EDGES = ("temper.cli", "temper.lsp")


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imports(tree: ast.AST, name: str, is_package: bool) -> set[str]:
    found: set[str] = set()
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.If) and _is_type_checking(node):
            stack.extend(node.orelse)
            continue
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".")[: len(name.split(".")) - node.level + is_package]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)
        stack.extend(ast.iter_child_nodes(node))
    return found


def _graph() -> dict[str, set[str]]:
    sources = {_module_name(p): p for p in ROOT.rglob("*.py")}
    graph = {}
    for name, path in sources.items():
        imported = _imports(ast.parse(path.read_text(encoding="utf-8")), name,
                            path.name == "__init__.py")
        graph[name] = imported
    return graph


GRAPH = _graph()
MODULES = set(GRAPH)


def _internal(name: str) -> set[str]:
    """Modules of temper that `name` imports; a package's own ancestors are left out (Python
    loads them first whatever the order, so they cannot close a cycle by themselves)."""
    return {t for t in GRAPH[name] if t in MODULES and t != name
            and not name.startswith(t + ".")}


def test_the_graph_was_read():
    assert {"temper.core.contract", "temper.lsp.server", "temper.cli.main"} <= MODULES
    assert "temper.core.levels" in _internal("temper.core.contract")


def test_the_core_imports_no_io_and_nothing_outside_the_core():
    core = sorted(m for m in MODULES if m.startswith("temper.core"))
    assert core
    for module in core:
        for target in GRAPH[module]:
            top = target.split(".")[0]
            assert top not in NOT_IN_CORE, f"{module} imports {target}"
            if target.startswith("temper.") and target in MODULES:
                assert target.startswith("temper.core"), f"{module} imports {target}"


@pytest.mark.parametrize("edge", EDGES)
def test_nothing_below_imports_the_edges(edge: str):
    for module in sorted(MODULES):
        if module.startswith(tuple(e for e in EDGES)) or module == "temper.__main__":
            continue
        for target in GRAPH[module]:
            assert not (target == edge or target.startswith(edge + ".")), \
                f"{module} imports {target}"


def test_no_import_cycles():
    """Tarjan's strongly connected components over the internal import graph."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for target in _internal(module):
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in on_stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == module:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for module in sorted(MODULES):
        if module not in index:
            visit(module)
    assert cycles == []
