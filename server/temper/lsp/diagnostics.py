"""The one diagnostics store, keyed by source and document URI: each feature replaces what it
found for a document (its source), and publishing a document sends every source's diagnostics
together. Sources: `run` (test runs), `risk` (risk checks), `spec` (exercise and product specs)."""

from __future__ import annotations

from lsprotocol import types

SOURCES = ("run", "risk", "spec")  # the order a document's diagnostics are published in


class DiagnosticsStore:
    def __init__(self) -> None:
        self._found: dict[str, dict[str, list[types.Diagnostic]]] = {s: {} for s in SOURCES}

    def put(self, source: str, uri: str, diagnostics: list[types.Diagnostic]) -> None:
        """What `source` found for `uri` now, replacing what it found before."""
        self._found[source][uri] = diagnostics

    def get(self, source: str, uri: str) -> list[types.Diagnostic]:
        return self._found[source].get(uri, [])

    def drop(self, source: str, uri: str) -> None:
        self._found[source].pop(uri, None)

    def uris(self, source: str) -> list[str]:
        """The documents `source` has diagnostics for."""
        return list(self._found[source])

    def of(self, uri: str) -> list[types.Diagnostic]:
        """Every source's diagnostics for `uri`, in the order of SOURCES."""
        return [d for source in SOURCES for d in self._found[source].get(uri, [])]
