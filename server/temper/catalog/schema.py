"""The exercise spec's JSON Schema, generated from the pydantic model; `specs/exercise.schema.json`
is this text, committed, so editors with a YAML language server can use it too."""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import cache
from typing import Any

from temper.catalog.exercises import Exercise

SCHEMA_ID = "https://temper.dev/schemas/exercise.schema.json"


@cache
def schema() -> dict[str, Any]:
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID,
            **Exercise.model_json_schema()}


def schema_text() -> str:
    return json.dumps(schema(), indent=2, ensure_ascii=False) + "\n"


def describe(path: Sequence[str | int]) -> tuple[str, dict[str, Any]] | None:
    """The name and schema of the field at `path` (keys and list indexes), or None."""
    root = schema()
    node, name = root, None
    for key in path:
        node = _resolve(root, node)
        if isinstance(key, int):
            items = node.get("items")
            if not isinstance(items, dict):
                return None
            node = {"description": node.get("description"), **_resolve(root, items)}
            continue
        properties = node.get("properties") or {}
        if key in properties:
            node, name = properties[key], str(key)
        elif isinstance(node.get("additionalProperties"), dict):
            node = {"description": node.get("description"),
                    **_resolve(root, node["additionalProperties"])}
        else:
            return None
    return (name, _resolve(root, node)) if name else None


def _resolve(root: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """Follow `$ref`, and the non-null branch of an optional field, keeping its description."""
    while True:
        if "$ref" in node:
            target = root["$defs"][node["$ref"].rsplit("/", 1)[-1]]
            node = {**target, **{k: v for k, v in node.items() if k != "$ref"}}
        elif "anyOf" in node:
            branches = [b for b in node["anyOf"] if b.get("type") != "null"]
            if len(branches) != 1:
                return node
            node = {**branches[0], **{k: v for k, v in node.items() if k != "anyOf"}}
        else:
            return node
