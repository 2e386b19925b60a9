"""The one work-done progress helper: create, begin (cancellable), report and end a progress the
client shows, when it can; a client that cannot, or refuses, simply gets the work done without
one (`begin` answers None and the rest do nothing)."""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Callable

from lsprotocol import types

from temper.lsp.server import TemperServer

log = logging.getLogger(__name__)
CREATE_TIMEOUT = 5.0


async def begin(ls: TemperServer, kind: str, title: str, message: str,
                on_cancel: Callable[[], None] | None = None) -> str | None:
    """Start a cancellable progress; `on_cancel` runs when the learner cancels it."""
    if not ls.client.progress:
        return None
    token = f"temper-{kind}-{uuid.uuid4().hex[:12]}"
    try:
        await asyncio.wait_for(ls.work_done_progress.create_async(token), CREATE_TIMEOUT)
    except Exception as exc:  # a client that refuses the progress still gets the work done
        log.info("no %s progress: %s", kind, exc)
        return None
    ls.work_done_progress.begin(token, types.WorkDoneProgressBegin(
        title=title, cancellable=True, message=message))
    cancelled = ls.work_done_progress.tokens.get(token)
    if cancelled is not None and on_cancel is not None:
        cancelled.add_done_callback(lambda future: on_cancel() if future.cancelled() else None)
    return token


def report(ls: TemperServer, token: str | None, message: str) -> None:
    if token is not None:
        ls.work_done_progress.report(token, types.WorkDoneProgressReport(message=message))


def cancelled(ls: TemperServer, token: str | None) -> bool:
    """Whether the learner cancelled this progress (rather than the request)."""
    future = ls.work_done_progress.tokens.get(token) if token is not None else None
    return bool(future is not None and future.cancelled())


def end(ls: TemperServer, token: str | None, message: str) -> None:
    if token is not None:
        ls.work_done_progress.end(token, types.WorkDoneProgressEnd(message=message))
        ls.work_done_progress.tokens.pop(token, None)
