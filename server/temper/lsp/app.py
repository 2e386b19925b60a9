"""The Temper language server assembled: a `TemperServer` with every feature registered.

Kept apart from `server.py` so the features can import the server's type while the server
imports none of them.
"""

from __future__ import annotations

from temper.lsp import (
    code_actions,
    commands,
    documents,
    exercise_specs,
    hover,
    lifecycle,
    product_specs,
    risks,
    runs,
)
from temper.lsp.server import TemperServer

# In a visible order: document hooks run in the order their features register them.
FEATURES = (lifecycle, documents, risks, product_specs, exercise_specs, runs, code_actions,
            hover, commands)


def create_server() -> TemperServer:
    """A fresh server with every feature registered, in a visible order."""
    server = TemperServer()
    for feature in FEATURES:
        feature.register(server)
    return server
