"""`temper localize`: run the tests, then rank the learner's lines most likely at fault."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import click

from temper.cli.support import echo_json, open_coach, session_or_fail


@click.command("localize")
@click.argument("folder", default=".", type=click.Path(file_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the structured localization.")
def localize_command(folder: Path, as_json: bool) -> None:
    """Run FOLDER's tests and show the lines most likely at fault (with the values seen there).

    The repair the search may find is never printed, --json included: its line and kind of
    mistake are shown, its text stays the coach's (hints show it only from L3, as a hole)."""
    from temper.faults.session import localize_session

    async def go():
        async with open_coach() as coach:
            session = await session_or_fail(coach, folder)
            outcome = await coach.run(session)
            found = await localize_session(coach, session, outcome.result)
            coach.record_localization(session.workspace, found)
            return outcome.result, found

    result, found = asyncio.run(go())
    if as_json:
        data = found.to_json()
        if data.get("repair"):
            data["repair"].pop("replacement", None)  # the fix: not for the terminal
        echo_json({"run": result.summary(), **data})
        sys.exit(0)
    click.echo(f"tests: {result.summary()}")
    if not found.suspects:
        click.echo(f"no line located{': ' + found.note if found.note else ''}")
        return
    click.echo(f"lines most likely at fault (by {found.method}, {found.seconds:.1f} s):")
    for rank, suspect in enumerate(found.suspects, 1):
        click.echo(f"  {rank}. {suspect.path}:{suspect.line}  {suspect.code}")
    if found.values:
        click.echo(f"seen on line {found.suspects[0].line} in {found.test}: "
                   + ", ".join(found.values))
    if found.repair is not None:
        click.echo(f"kind of mistake: {found.repair.kind} (a small edit there makes "
                   f"{len(found.repair.fixes)} failing test(s) pass)")
    if found.note:
        click.echo(f"note: {found.note}")
