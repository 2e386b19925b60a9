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
    """pygls's read loop logs `Unable to handle message` with a traceback when a body is not
    JSON (or not UTF-8); keep one rate-limited line instead."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.getMessage() != "Unable to handle message" or not record.exc_info:
            return True
        error = record.exc_info[1]
        if isinstance(error, (json.JSONDecodeError, UnicodeDecodeError)):
            note("malformed", "dropped a frame that is not JSON: %s", error)
            return False
        return True


def install() -> None:
    logging.getLogger("pygls.server").addFilter(_MalformedFrames())
