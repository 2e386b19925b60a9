"""What the `temper` subcommands share: a Coach for one command, JSON output, clean failures."""

from __future__ import annotations

import json
import sqlite3
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import click


def echo_json(data: Any) -> None:
    click.echo(json.dumps(data, indent=2, default=str))


@asynccontextmanager
async def open_coach():
    """A Coach over the profile database, for one command."""
    from temper import settings as settings_module
    from temper.coach.factory import build_coach, profile_path
    from temper.profile.store import ProfileStore

    settings, problems = settings_module.load()
    for problem in problems:
        click.echo(f"warning: {problem}", err=True)
    from temper.profile.locks import ProfileError, is_locked, locked_message

    path = profile_path()
    try:
        store = await ProfileStore.open(path)
    except sqlite3.OperationalError as exc:
        fail(locked_message(path, 4) if is_locked(exc) else f"The profile database {path} "
             f"cannot be opened: {exc}. Check the folder's permissions or set TEMPER_HOME.")
    coach = await build_coach(settings, store,
                              lambda notice: click.echo(f"warning: {notice}", err=True))
    try:
        yield coach
    except ProfileError as exc:  # locked past the wait, or read-only: said, not a traceback
        fail(str(exc))
    finally:
        await coach.close()


async def session_or_fail(coach, folder: Path):
    """The folder's pairing session, or a clean failure naming what Temper looked for."""
    session = await coach.open_workspace(folder)
    if session is None:
        from temper.product.workspace import no_workspace_message

        fail(no_workspace_message(folder.resolve()))
    return session


def fail(message: str) -> None:
    raise click.ClickException(message)
