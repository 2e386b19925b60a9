"""Fault localization in the editor: after a failing run's diagnostics are out, find the line
at fault in the background (with progress, cancelled by the next save or run of the folder,
never in the way of hovers or code actions), give it to the coach, and move the failing tests'
diagnostics onto that line."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from temper.core.localization import Localization
from temper.core.results import RunResult, Status
from temper.core.session import PairingSession
from temper.lsp import progress
from temper.lsp.server import TemperServer

log = logging.getLogger(__name__)


def _key(workspace: str) -> str:
    return f"localize {workspace}"


def cancel(ls: TemperServer, workspace: str) -> None:
    """A newer save or run makes the search pointless."""
    pending = ls.analyses.pop(_key(workspace), None)
    if pending is not None and not pending.done():
        pending.cancel()


def start(ls: TemperServer, session: PairingSession, result: RunResult,
          overlays: dict[str, str] | None, republish: Callable[[Localization], None]
          ) -> asyncio.Task | None:
    """Localize a failing run in the background, then `republish` the run's diagnostics with
    what was found; a passing or broken run needs none."""
    if result.status is not Status.FAIL or not result.failed or result.cancelled:
        return None
    return ls.replace_task(_key(session.workspace),
                           _localize(ls, session, result, overlays, republish),
                           _key(session.workspace))


def _summary(found: Localization) -> str:
    top = found.top
    if top is None:
        return f"no line located{': ' + found.note if found.note else ''}"
    return f"line {top.line} of {top.path} ({found.method}, {found.seconds:.1f} s)"


async def _localize(ls: TemperServer, session: PairingSession, result: RunResult,
                    overlays: dict[str, str] | None,
                    republish: Callable[[Localization], None]) -> None:
    from temper.faults.session import localize_session

    coach = await ls.wait_ready()
    token = await progress.begin(ls, "localize", "Temper: finding the line at fault",
                                 "ranking your lines by the failing tests",
                                 on_cancel=asyncio.current_task().cancel)
    try:
        found = await localize_session(coach, session, result, overlays)
    except asyncio.CancelledError:
        progress.end(ls, token, "cancelled: a newer run replaced it")
        raise
    except Exception:
        progress.end(ls, token, "localization failed; see the Temper log")
        raise
    progress.end(ls, token, _summary(found))
    log.info("localized %s: %s", session.workspace, _summary(found))
    coach.record_localization(session.workspace, found)
    if found.top is not None:
        republish(found)
