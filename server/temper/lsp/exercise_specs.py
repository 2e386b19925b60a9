"""Exercise specs in the editor: `exercise.yaml` (or any YAML file in a `specs` folder) checked as
it is edited — the static checks of `temper spec validate`, never a test run — and its fields
explained on hover from the JSON Schema."""

from __future__ import annotations

import asyncio
from pathlib import Path

from lsprotocol import types

from temper.lsp import documents
from temper.lsp.convert import exercise_spec_diagnostic, from_client, hover, line_range, to_client
from temper.lsp.debounce import debounce
from temper.lsp.server import TemperServer
from temper.lsp.uris import is_file_uri, uri_to_path

CATALOG_FOLDER = "specs"
NOT_SPECS = ("concepts.yaml", "concepts.yml")


def is_exercise_spec(uri: str) -> bool:
    """`exercise.yaml` anywhere; another YAML file only inside a `specs` folder of a catalog
    (below a folder holding `concepts.yaml`), so a project's own YAML is left alone."""
    if not is_file_uri(uri):
        return False
    path = uri_to_path(uri)
    if path.name == "exercise.yaml":
        return True
    if path.suffix not in (".yaml", ".yml") or path.name in NOT_SPECS \
            or CATALOG_FOLDER not in path.parent.parts:
        return False
    from temper.catalog.validate import enclosing_catalog

    return enclosing_catalog(path) is not None


def _check(path: Path, text: str):
    from temper.catalog.validate import catalog_root, check_static, index_catalog, load_concepts

    root = catalog_root(path)
    return check_static(path, text, root, load_concepts(root), index_catalog(root)).findings


async def check(ls: TemperServer, uri: str, text: str | None):
    """Validate the document's text; what to publish while it is still that version."""
    if text is None:
        return None
    findings = await asyncio.to_thread(_check, uri_to_path(uri), text)
    lines = text.splitlines(keepends=True)

    def apply() -> None:
        ls.diagnostics.put("spec", uri, [
            exercise_spec_diagnostic(f.severity, f.message, line_range(lines, f.line))
            for f in findings])
        ls.publish(uri)
    return apply


def schedule(ls: TemperServer, uri: str, now: bool = False) -> None:
    """Replace the pending check of `uri` with a new one, debounced while typing."""
    debounce(ls, f"spec:{uri}", uri, lambda text: check(ls, uri, text), now=now,
             name=f"exercise spec {uri}")


def _check_spec(now: bool):
    def hook(ls: TemperServer, uri: str) -> None:
        if is_exercise_spec(uri):
            schedule(ls, uri, now=now)
    return hook


def register(server: TemperServer) -> None:
    """Static checks on open and while typing (hovers are answered through hover.py)."""
    documents.on_open(server, _check_spec(now=True))
    documents.on_change(server, _check_spec(now=False))


def describe_at(text: str, line: int, character: int, concepts: dict[str, str]) -> str | None:
    """Markdown explaining the field at a 0-based position, from the schema; on an item of
    `concepts`, also what that concept means."""
    from temper.catalog.schema import describe
    from temper.catalog.yaml_lines import YamlMap

    tree = YamlMap(text)
    path = tree.path_at(line, character)
    found = describe(path) if path else None
    if found is None:
        return None
    name, node = found
    shown = ".".join(str(p) for p in path if not isinstance(p, int))
    parts = [f"**{shown}**"]
    concept = tree.value(path) if path[0] == "concepts" and len(path) == 2 else None
    if concept is not None:
        meaning = concepts.get(concept)
        parts.append(f"`{concept}`: {meaning}" if meaning else
                     f"`{concept}` is not in concepts.yaml yet")
    if node.get("description"):
        parts.append(node["description"])
    if node.get("enum"):
        parts.append("One of: " + ", ".join(f"`{v}`" for v in node["enum"]))
    if "default" in node and node["default"] not in (None, [], {}):
        parts.append(f"Default: `{node['default']}`")
    if "pattern" in node:
        parts.append(f"Pattern: `{node['pattern']}`")
    return "\n\n".join(parts)


def spec_hover(ls: TemperServer, params: types.HoverParams) -> types.Hover | None:
    uri, position = params.text_document.uri, params.position
    from temper.catalog.validate import catalog_root, load_concepts

    lines = ls.document_lines(uri)
    concepts = load_concepts(catalog_root(uri_to_path(uri)))
    at = from_client(lines, position, ls.client.encoding)
    markdown = describe_at("".join(lines), at.line, at.character, concepts)
    if not markdown:
        return None
    return hover(markdown, to_client(lines, line_range(lines, at.line + 1), ls.client.encoding))
