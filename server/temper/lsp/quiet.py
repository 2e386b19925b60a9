"""Quiet logs for hostile or sloppy traffic: one line per malformed message, and repeats of the
same kind rate-limited (at most LIMIT lines per kind per WINDOW seconds; the rest are counted
and summed up in one line when the window turns).

`install` also turns pygls's own traceback for a frame that is not JSON ("Unable to handle
message", logged by its read loop) into one line under the same limit: the traceback says
nothing about Temper, and thousands of them drown the log.
"""

from __future__ import annotations

import json
import logging
import time
from typing import Any

log = logging.getLogger("temper.lsp.protocol")
LIMIT = 20
WINDOW = 60.0
_windows: dict[str, list[float]] = {}  # kind → [window start, lines logged, lines suppressed]


def note(kind: str, message: str, *args: Any) -> None:
    """Log one warning line of `kind`, unless LIMIT of them were logged this WINDOW."""
    now = time.monotonic()
    window = _windows.setdefault(kind, [now, 0, 0])
    if now - window[0] >= WINDOW:
        if window[2]:
            log.warning("%d more %r lines suppressed in the last %.0f s", window[2], kind,
                        now - window[0])
        window[:] = [now, 0, 0]
    if window[1] >= LIMIT:
        window[2] += 1
        return
    window[1] += 1
    log.warning(message, *args)


class _MalformedFrames(logging.Filter):
    """pygls logs a traceback when a body is not JSON (or not UTF-8) and when the client has
    gone (a broken pipe), and a warning per notification of a method nobody serves: keep one
    rate-limited line of each instead."""

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        message = record.getMessage()
        if isinstance(error, (json.JSONDecodeError, UnicodeDecodeError)):
            note("malformed", "dropped a frame that is not JSON: %s", error)
            return False
        if isinstance(error, BrokenPipeError):
            note("client gone", "the client has gone: %s", message)
            return False
        if message.startswith("Ignoring notification for unknown method"):
            note("unknown notification", "%s", message)
            return False
        return True


def install() -> None:
    for name in ("pygls.server", "pygls.protocol.json_rpc"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, _MalformedFrames) for f in logger.filters):
            logger.addFilter(_MalformedFrames())
