"""Anonymised export of the event log: what happened and when, never code, paths or text."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import asdict
from typing import Any

from temper.core.events import Event

PRIVATE = {"result", "text", "path", "rationale", "key"}  # may quote code or name files


def anonymised(events: Iterable[Event]) -> list[dict[str, Any]]:
    """One plain dict per event; workspace folders become stable opaque ids."""
    rows = []
    for event in events:
        data = {k: v for k, v in asdict(event).items() if k not in PRIVATE}
        data["workspace"] = hashlib.sha256(event.workspace.encode()).hexdigest()[:12]
        data["kind"] = event.kind
        rows.append(data)
    return rows
