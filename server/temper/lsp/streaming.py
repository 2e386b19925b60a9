"""A hint's partial text shown while an LLM writes it, as a cancellable work-done progress.

The server creates the progress (`window/workDoneProgress/create`), titles it "Temper hint" and
reports the text so far (its last PARTIAL_CHARS characters), at most every REPORT_INTERVAL
seconds. Cancelling the progress cancels the write, which closes the provider's stream.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

from temper.lsp import progress
from temper.lsp.server import TemperServer

log = logging.getLogger(__name__)
T = TypeVar("T")
PARTIAL_CHARS = 300
REPORT_INTERVAL = 0.1


class ProgressCancelled(Exception):
    """The learner cancelled the progress (not the request)."""


async def with_progress(ls: TemperServer, write: Callable[[Callable[[str], None] | None],
                                                          Awaitable[T]], enabled: bool = True
                        ) -> T:
    """Run `write(on_text)` under a progress when `enabled` (an LLM writes) and the client can
    show one; raise ProgressCancelled when the learner cancels it."""
    if not enabled:
        return await write(None)
    loop, writing = asyncio.get_running_loop(), []
    token = await progress.begin(
        ls, "hint", "Temper hint", "writing…",
        on_cancel=lambda: loop.call_soon_threadsafe(writing[0].cancel) if writing else None)
    if token is None:  # a client that cannot show it, or refuses it, still gets the hint
        return await write(None)
    last = 0.0

    def on_text(text: str) -> None:
        nonlocal last
        now = time.monotonic()
        if now - last >= REPORT_INTERVAL:
            last = now
            shown = text if len(text) <= PARTIAL_CHARS else "…" + text[-PARTIAL_CHARS:]
            progress.report(ls, token, shown)

    task = asyncio.ensure_future(write(on_text))
    writing.append(task)
    try:
        return await task
    except asyncio.CancelledError:
        if progress.cancelled(ls, token) and not _current_cancelling():
            raise ProgressCancelled() from None
        raise
    finally:
        progress.end(ls, token, "cancelled" if task.cancelled() else "done")


def _current_cancelling() -> bool:
    current = asyncio.current_task()
    return bool(current and current.cancelling())
