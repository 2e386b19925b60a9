"""When an exercise completes: the completion message, with the recommended next exercise offered
as a "Start <title>" action that writes it beside the finished one and opens its starter file."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from lsprotocol import types

from temper.core.session import PairingSession
from temper.lsp.convert import path_to_uri
from temper.lsp.server import TemperServer

if TYPE_CHECKING:  # the catalog (pydantic, YAML) loads after `initialize`, not before
    from temper.coach.recommend import Recommendation

log = logging.getLogger(__name__)
NOT_NOW = "Not now"
NOT_OPENED = (".toml", ".mod", ".json", ".h")  # manifests and headers: open the code instead


async def offer(ls: TemperServer, session: PairingSession, message: str,
                choice: Recommendation | None) -> None:
    """Show the completion message; with a recommendation, ask whether to start it."""
    if choice is None:
        ls.tell(message)
        return
    text = f"{message} Next: {choice.exercise_id} ({choice.title}), because {choice.reason}."
    start_title = f"Start {choice.title}"
    try:
        picked = await ls.window_show_message_request_async(types.ShowMessageRequestParams(
            type=types.MessageType.Info, message=text,
            actions=[types.MessageActionItem(title=start_title),
                     types.MessageActionItem(title=NOT_NOW)]))
    except Exception as exc:  # a client without message requests still hears the news
        log.info("no message request: %s", exc)
        ls.tell(text)
        return
    if picked is not None and picked.title == start_title:
        await start_next(ls, session, choice)


def _first_code_file(names: list[str]) -> str | None:
    code = [n for n in names if not n.endswith(NOT_OPENED)]
    return min(code or names, key=lambda n: (n.count("/"), n)) if names else None


async def start_next(ls: TemperServer, session: PairingSession, choice: Recommendation) -> None:
    """Write the exercise into a folder beside the finished one (or reuse it when it already
    holds that exercise), pair on it, and open its starter file."""
    from temper.catalog.exercises import ExerciseError, find_marker, start

    coach = await ls.wait_ready()
    folder = Path(session.workspace).parent / choice.exercise_id.rsplit("/", 1)[-1]
    marker = find_marker(folder) if folder.is_dir() else None
    try:
        exercise = coach.catalog.get(choice.exercise_id)
        if marker is None or marker.exercise_id != exercise.id or marker.root != folder.resolve():
            marker = start(exercise, folder)
    except ExerciseError as exc:
        ls.tell(f"Temper could not start {choice.title}: {exc}", types.MessageType.Warning)
        return
    await coach.open_workspace(marker.root)
    first = _first_code_file(sorted(exercise.starter))
    if first and ls.client.show_document:
        await ls.window_show_document_async(types.ShowDocumentParams(
            uri=path_to_uri(marker.root / first), take_focus=True))
    ls.tell(f"Started {choice.title} in {marker.root}. Save a file to run its tests.")
