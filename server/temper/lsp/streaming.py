"""A hint's partial text shown while an LLM writes it, as a cancellable work-done progress.

The server creates the progress (`window/workDoneProgress/create`), titles it "Temper hint" and
reports the text so far (its last PARTIAL_CHARS characters), at most every REPORT_INTERVAL
seconds. Cancelling the progress cancels the write, which closes the provider's stream.
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections.abc import Awaitable, Callable
from typing import TypeVar

from lsprotocol import types

from temper.lsp.server import TemperServer

log = logging.getLogger(__name__)
T = TypeVar("T")
PARTIAL_CHARS = 300
REPORT_INTERVAL = 0.1
CREATE_TIMEOUT = 5.0


class ProgressCancelled(Exception):
    """The learner cancelled the progress (not the request)."""


def _supported(ls: TemperServer) -> bool:
    return ls.client.progress


async def with_progress(ls: TemperServer, write: Callable[[Callable[[str], None] | None],
                                                          Awaitable[T]], enabled: bool = True
                        ) -> T:
    """Run `write(on_text)` under a progress when `enabled` (an LLM writes) and the client can
    show one; raise ProgressCancelled when the learner cancels it."""
    if not enabled or not _supported(ls):
        return await write(None)
    progress = ls.work_done_progress
    token = f"temper-hint-{uuid.uuid4().hex}"
    try:
        await asyncio.wait_for(progress.create_async(token), CREATE_TIMEOUT)
    except Exception as exc:  # a client that refuses the progress still gets the hint
        log.info("no work-done progress: %s", exc)
        return await write(None)
    progress.begin(token, types.WorkDoneProgressBegin(title="Temper hint", cancellable=True,
                                                      message="writing…"))
    last = 0.0

    def on_text(text: str) -> None:
        nonlocal last
        now = time.monotonic()
        if now - last >= REPORT_INTERVAL:
            last = now
            shown = text if len(text) <= PARTIAL_CHARS else "…" + text[-PARTIAL_CHARS:]
            progress.report(token, types.WorkDoneProgressReport(message=shown))

    task = asyncio.ensure_future(write(on_text))
    loop = asyncio.get_running_loop()
    progress.tokens[token].add_done_callback(
        lambda future: loop.call_soon_threadsafe(task.cancel) if future.cancelled() else None)
    try:
        return await task
    except asyncio.CancelledError:
        if progress.tokens[token].cancelled() and not _current_cancelling():
            raise ProgressCancelled() from None
        raise
    finally:
        progress.end(token, types.WorkDoneProgressEnd(
            message="cancelled" if task.cancelled() else "done"))
        progress.tokens.pop(token, None)


def _current_cancelling() -> bool:
    current = asyncio.current_task()
    return bool(current and current.cancelling())
