"""The Temper language server assembled: a `TemperServer` with every feature registered.

Kept apart from `server.py` so the features can import the server's type while the server
imports none of them.
"""

from __future__ import annotations

from temper.lsp import code_actions, commands, documents, hover, lifecycle, product_specs, risks
from temper.lsp.server import TemperServer


def create_server() -> TemperServer:
    """A fresh server with every feature registered, in a visible order."""
    server = TemperServer()
    for feature in (lifecycle, documents, risks, code_actions, hover, commands, product_specs):
        feature.register(server)
    return server
