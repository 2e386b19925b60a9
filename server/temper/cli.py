"""The `temper` command line: the language server, exercises, runs, hints, the profile and a demo.

Each subcommand imports what it needs when it runs, so `temper lsp` starts quickly.
"""

from __future__ import annotations

import asyncio
import gc
import json
import logging
import sys
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from temper import __version__

if TYPE_CHECKING:
    from temper.pairing import Coach


def _echo_json(data: Any) -> None:
    click.echo(json.dumps(data, indent=2, default=str))


@asynccontextmanager
async def _coach():
    """A Coach over the profile database, for one command."""
    from temper import settings as settings_module
    from temper.exercises import Catalog
    from temper.pairing import Coach
    from temper.store import ProfileStore

    settings, problems = settings_module.load()
    for problem in problems:
        click.echo(f"warning: {problem}", err=True)
    store = await ProfileStore.open(settings_module.home() / "profile.db")
    if store.notice:
        click.echo(f"warning: {store.notice}", err=True)
    coach = Coach(store, Catalog.load(settings.specs), settings)
    try:
        await coach.refresh_profile()
        yield coach
    finally:
        await coach.close()


def _fail(message: str) -> None:
    raise click.ClickException(message)


@click.group()
@click.version_option(__version__, prog_name="temper")
def main() -> None:
    """Temper: a pairing coach that helps you think instead of doing your work for you."""


@main.command()
@click.option("--tcp", "tcp", metavar="HOST:PORT", help="Serve over TCP instead of stdio.")
@click.option("--log-file", type=click.Path(dir_okay=False), help="Also log to this file.")
@click.option("-v", "--verbose", is_flag=True, help="Log debug messages.")
def lsp(tcp: str | None, log_file: str | None, verbose: bool) -> None:
    """Serve the Language Server Protocol (stdio by default)."""
    handlers: list[logging.Handler] = [logging.StreamHandler(sys.stderr)]
    if log_file:
        handlers.append(logging.FileHandler(log_file, encoding="utf-8"))
    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO, handlers=handlers,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if not verbose:  # pygls logs every message it sends at INFO
        logging.getLogger("pygls").setLevel(logging.WARNING)
    # lsprotocol builds ~1,000 classes on import; collecting garbage in the middle of that only
    # costs start-up time, and freezing what start-up made keeps later collections short.
    gc.disable()
    from temper.lsp.server import create_server

    server = create_server()
    gc.freeze()
    gc.enable()
    if tcp:
        host, _, port = tcp.rpartition(":")
        if not host or not port.isdigit():
            _fail(f"--tcp expects HOST:PORT, got {tcp!r}")
        server.start_tcp(host, int(port))
    else:
        server.start_io()


@main.command()
@click.option("--keep", is_flag=True, help="Keep the demo's temporary folder.")
def demo(keep: bool) -> None:
    """A scripted learning session against the real server, offline."""
    from temper.demo import run_demo

    sys.exit(asyncio.run(run_demo(keep=keep)))


@main.group()
def exercise() -> None:
    """List, show, start, reset and choose exercises."""


@exercise.command("list")
@click.option("--language", help="Only this language.")
@click.option("--json", "as_json", is_flag=True)
def exercise_list(language: str | None, as_json: bool) -> None:
    """List the catalog."""
    from temper import settings as settings_module
    from temper.exercises import Catalog

    catalog = Catalog.load(settings_module.load()[0].specs)
    rows = [e.summary() for e in sorted(catalog.exercises.values(), key=lambda e: e.id)
            if not language or e.language == language]
    if as_json:
        _echo_json(rows)
        return
    for row in rows:
        click.echo(f"{row['id']:<40} {row['difficulty']:<13} {row['title']}")
    for error in catalog.errors:
        click.echo(f"warning: {error}", err=True)


@exercise.command("show")
@click.argument("exercise_id")
def exercise_show(exercise_id: str) -> None:
    """Show an exercise's description and files (never its solution)."""
    from temper.exercises import Catalog, ExerciseError

    try:
        ex = Catalog.load().get(exercise_id)
    except ExerciseError as exc:
        _fail(str(exc))
    click.echo(f"{ex.title}  ({ex.id}, {ex.difficulty})\nconcepts: {', '.join(ex.concepts)}\n")
    click.echo(ex.description.strip())
    click.echo(f"\nfiles: {', '.join([*ex.starter, *ex.tests])}")


@exercise.command("start")
@click.argument("exercise_id")
@click.argument("folder", required=False, type=click.Path(file_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Overwrite files that already exist.")
def exercise_start(exercise_id: str, folder: Path | None, force: bool) -> None:
    """Write an exercise into FOLDER (default: ./SLUG) and start pairing on it."""
    from temper.exercises import ExerciseError, start

    async def go() -> Path:
        async with _coach() as coach:
            ex = coach.catalog.get(exercise_id)
            marker = start(ex, folder or Path(ex.id.rsplit("/", 1)[-1]), force=force)
            await coach.open_workspace(marker.root)
            return marker.root

    try:
        root = asyncio.run(go())
    except ExerciseError as exc:
        _fail(str(exc))
    click.echo(f"Started {exercise_id} in {root}\nOpen that folder in your editor; save a file "
               "to run the tests, and ask Temper for a hint with a code action.")


@exercise.command("reset")
@click.argument("folder", default=".", type=click.Path(file_okay=False, path_type=Path))
def exercise_reset(folder: Path) -> None:
    """Restore the starter files of the exercise in FOLDER and begin a fresh attempt."""
    from temper.exercises import ExerciseError, find_marker, reset

    marker = find_marker(folder)
    if marker is None:
        _fail(f"{folder} holds no Temper exercise (no .temper/exercise.json)")

    async def go() -> None:
        async with _coach() as coach:
            reset(coach.catalog.get(marker.exercise_id), marker.root)
            await coach.open_workspace(marker.root)

    try:
        asyncio.run(go())
    except ExerciseError as exc:
        _fail(str(exc))
    click.echo(f"Reset {marker.exercise_id} in {marker.root}")


@exercise.command("next")
def exercise_next() -> None:
    """Recommend the next exercise from your profile, and say why."""
    from temper.recommend import recommend

    async def go():
        async with _coach() as coach:
            profile = await coach.store.profile()
            done = {e["id"] for e in profile["exercises"] if e["completed"]}
            return recommend(coach.catalog, done, coach.skills)

    choice = asyncio.run(go())
    if choice is None:
        click.echo("You have done every exercise whose prerequisites are met. Well done.")
        return
    click.echo(f"{choice.exercise_id}  {choice.title}\nwhy: {choice.reason}\n"
               f"start it: temper exercise start {choice.exercise_id}")


async def _session_or_fail(coach: Coach, folder: Path):
    session = await coach.open_workspace(folder)
    if session is None:
        _fail(f"{folder} holds no Temper exercise; start one with `temper exercise start`")
    return session


@main.command("run")
@click.argument("folder", default=".", type=click.Path(file_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the structured result.")
def run_command(folder: Path, as_json: bool) -> None:
    """Run the exercise's tests in FOLDER the way the editor does."""
    async def go():
        async with _coach() as coach:
            session = await _session_or_fail(coach, folder)
            return await coach.run(session)

    outcome = asyncio.run(go())
    if as_json:
        _echo_json(outcome.result.to_json())
    else:
        from temper.report import print_run

        print_run(outcome)
    sys.exit(0 if outcome.result.status.value == "pass" else 1)


@main.command("hint")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--line", type=int, default=1, show_default=True)
@click.option("--intent", type=click.Choice(["question", "hint", "stuck", "review", "explain"]),
              default="hint", show_default=True)
@click.option("--level", help="Ask for a level explicitly (L0-L5); the contract may refuse.")
@click.option("--reason", default="", help="Why you need L4 or L5.")
@click.option("--json", "as_json", is_flag=True)
def hint_command(path: Path, line: int, intent: str, level: str | None, reason: str,
                 as_json: bool) -> None:
    """Ask for a hint about PATH at --line, as the editor's code actions do."""
    from temper.core.contract import Intent
    from temper.core.levels import parse_level

    try:
        wanted = parse_level(level) if level else None
    except ValueError as exc:
        _fail(str(exc))

    async def go():
        async with _coach() as coach:
            session = await _session_or_fail(coach, path.parent)
            relpath = path.resolve().relative_to(session.workspace).as_posix()
            code = path.read_text(encoding="utf-8", errors="replace")
            return await coach.hint(session, relpath, line, code, Intent(intent), wanted, reason)

    outcome = asyncio.run(go())
    if as_json:
        _echo_json({"level": int(outcome.level), "text": outcome.text,
                    "rationale": outcome.decision.reason, "provider": outcome.provider,
                    "path": outcome.location.path, "line": outcome.location.line,
                    "tone": outcome.tone.value})
        return
    click.echo(f"{outcome.level.label}  ({outcome.location.path}:{outcome.location.line})\n")
    click.echo(outcome.text)
    click.echo(f"\nwhy this level: {outcome.decision.reason}")


@main.group(invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def profile(ctx: click.Context, as_json: bool) -> None:
    """Show your learning profile (see also: rebuild, export)."""
    if ctx.invoked_subcommand is not None:
        return

    async def go():
        async with _coach() as coach:
            return await coach.store.profile()

    data = asyncio.run(go())
    if as_json:
        _echo_json(data)
    else:
        from temper.report import print_profile

        print_profile(data)


@profile.command("rebuild")
def profile_rebuild() -> None:
    """Recompute every projection from the event log."""
    from temper import projections

    async def go():
        async with _coach() as coach:
            before = await projections.snapshot(coach.store.db)
            await coach.store.rebuild()
            return before == await projections.snapshot(coach.store.db)

    same = asyncio.run(go())
    click.echo("Rebuilt the profile from its event log: "
               + ("identical to what was there." if same else "it differed, and is now fixed."))


@profile.command("export")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file instead of standard output.")
def profile_export(output: Path | None) -> None:
    """Write the event log as anonymised JSON lines (no code, no paths, no hint text)."""
    from temper.export import anonymised

    async def go():
        async with _coach() as coach:
            return [json.dumps(row) for row in anonymised(await coach.store.events_since(0))]

    lines = asyncio.run(go())
    text = "\n".join(lines) + ("\n" if lines else "")
    if output:
        output.write_text(text, encoding="utf-8")
        click.echo(f"wrote {len(lines)} events to {output}", err=True)
    else:
        click.echo(text, nl=False)


@main.command()
@click.option("--workspace", type=click.Path(file_okay=False, path_type=Path),
              help="Forget only this exercise folder's work.")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
def forget(workspace: Path | None, yes: bool) -> None:
    """Delete your learning data: everything, or one workspace folder's."""
    from temper import settings as settings_module

    what = f"everything Temper recorded about {workspace}" if workspace else \
        "your whole Temper profile"
    if not yes and not click.confirm(f"Delete {what}?", default=False):
        _fail("nothing was deleted")
    if workspace is None:
        database = settings_module.home() / "profile.db"
        removed = [p for p in (database, Path(f"{database}-wal"), Path(f"{database}-shm"))
                   if p.exists()]
        for path in removed:
            path.unlink()
        click.echo(f"Deleted {database}." if removed else "There was no profile to delete.")
        return

    async def go() -> int:
        async with _coach() as coach:
            return await coach.store.forget_workspace(str(workspace.resolve()))

    click.echo(f"Deleted {asyncio.run(go())} events of {workspace.resolve()}.")


@main.command()
@click.option("--since", default="7d", show_default=True, help="How far back: 12h, 7d, 2w.")
def reflect(since: str) -> None:
    """A short review of your recent work, and what to practise next."""
    from temper.reflect import parse_period, reflection

    try:
        period = parse_period(since)
    except ValueError as exc:
        _fail(str(exc))

    async def go() -> str:
        async with _coach() as coach:
            return await reflection(coach.store, coach.catalog, period)

    click.echo(asyncio.run(go()), nl=False)


@main.command()
@click.option("--json", "as_json", is_flag=True)
def usage(as_json: bool) -> None:
    """Show how many hints were served, by provider and level."""
    async def go():
        async with _coach() as coach:
            return await coach.store.usage()

    data = asyncio.run(go())
    if as_json:
        _echo_json(data)
        return
    click.echo(f"{data['total']} hints served")
    for provider, levels in data["hints"].items():
        click.echo(f"  {provider:<10} " + "  ".join(f"{k}: {v}" for k, v in levels.items()))


@main.command()
@click.option("--json", "as_json", is_flag=True)
def doctor(as_json: bool) -> None:
    """Check the installation: interpreter, provider, runner, profile, catalog."""
    async def go():
        async with _coach() as coach:
            return coach.health()

    data = asyncio.run(go())
    if as_json:
        _echo_json(data)
    else:
        click.echo(f"temper {data['version']} on Python {data['python']} ({data['interpreter']})")
        click.echo(f"provider: {data['provider']} (configured: {data['configuredProvider']}), "
                   f"track: {data['track']}")
        runner = data["runner"]
        click.echo(f"runner: {runner['backend']}, pytest {runner['pytest'] or 'MISSING'}\n"
                   f"  isolation: {runner['isolation']}")
        click.echo(f"profile: {data['profile']}\ncatalog: {data['exercises']} exercises")
        for error in data["catalogErrors"]:
            click.echo(f"  error: {error}")
    broken = data["runner"]["pytest"] is None or data["catalogErrors"]
    sys.exit(1 if broken else 0)


if __name__ == "__main__":
    main()
