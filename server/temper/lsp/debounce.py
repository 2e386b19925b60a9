"""The one debounce: work on a document waits while the learner types, replaces the work still
pending for the same key, and its result is applied only if the document is still the version
that was worked on (a newer edit has its own work coming)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from temper.lsp.server import TemperServer

# `work(text)` gets the document's text (None when it is not open) and returns what to apply
# while that text is current, or None.
Apply = Callable[[], Awaitable[None] | None]
Work = Callable[[str | None], Awaitable[Apply | None]]


def delay(ls: TemperServer, now: bool) -> float:
    return 0.0 if now or ls.settings is None else ls.settings.debounce_ms / 1000


async def _debounced(ls: TemperServer, uri: str, wait: float, work: Work) -> None:
    await asyncio.sleep(wait)
    document = ls.workspace.text_documents.get(uri)
    version = document.version if document is not None else None
    apply = await work(document.source if document is not None else None)
    current = ls.workspace.text_documents.get(uri)
    if apply is None or (current.version if current is not None else None) != version:
        return
    applied = apply()
    if applied is not None:
        await applied


def debounce(ls: TemperServer, key: str, uri: str, work: Work, now: bool = False,
             name: str = "") -> asyncio.Task:
    """Replace the pending work under `key` with `work` on `uri`, after the debounce delay
    unless `now`."""
    return ls.replace_task(key, _debounced(ls, uri, delay(ls, now), work), name or key)
