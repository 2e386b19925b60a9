"""`temper profile`, `reflect`, `forget`, `usage` and `doctor`: the learner's data and the
installation, from the terminal."""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

import click

from temper.cli.support import echo_json, fail, open_coach


@click.group(invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def profile(ctx: click.Context, as_json: bool) -> None:
    """Show your learning profile (see also: rebuild, export)."""
    if ctx.invoked_subcommand is not None:
        return

    async def go():
        async with open_coach() as coach:
            return await coach.store.profile()

    data = asyncio.run(go())
    if as_json:
        echo_json(data)
    else:
        from temper.cli.report import print_profile

        print_profile(data)


@profile.command("rebuild")
def profile_rebuild() -> None:
    """Recompute every projection from the event log."""
    async def go():
        async with open_coach() as coach:
            before = await coach.store.projection_rows()
            await coach.store.rebuild()
            return before == await coach.store.projection_rows()

    same = asyncio.run(go())
    click.echo("Rebuilt the profile from its event log: "
               + ("identical to what was there." if same else "it differed, and is now fixed."))


@profile.command("export")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file instead of standard output.")
def profile_export(output: Path | None) -> None:
    """Write the event log as anonymised JSON lines (no code, no paths, no hint text)."""
    from temper.profile.export import anonymised

    async def go():
        async with open_coach() as coach:
            return [json.dumps(row) for row in anonymised(await coach.store.events_since(0))]

    lines = asyncio.run(go())
    text = "\n".join(lines) + ("\n" if lines else "")
    if output:
        output.write_text(text, encoding="utf-8")
        click.echo(f"wrote {len(lines)} events to {output}", err=True)
    else:
        click.echo(text, nl=False)


@click.command()
@click.option("--workspace", type=click.Path(file_okay=False, path_type=Path),
              help="Forget only this exercise folder's work.")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
def forget(workspace: Path | None, yes: bool) -> None:
    """Delete your learning data: everything, or one workspace folder's."""
    from temper import settings as settings_module

    what = f"everything Temper recorded about {workspace}" if workspace else \
        "your whole Temper profile"
    if not yes and not click.confirm(f"Delete {what}?", default=False):
        fail("nothing was deleted")
    if workspace is None:
        database = settings_module.home() / "profile.db"
        removed = [p for p in (database, Path(f"{database}-wal"), Path(f"{database}-shm"))
                   if p.exists()]
        for path in removed:
            path.unlink()
        click.echo(f"Deleted {database}." if removed else "There was no profile to delete.")
        return

    async def go() -> int:
        async with open_coach() as coach:
            return await coach.store.forget_workspace(str(workspace.resolve()))

    click.echo(f"Deleted {asyncio.run(go())} events of {workspace.resolve()}.")


@click.command()
@click.option("--since", default="7d", show_default=True, help="How far back: 12h, 7d, 2w.")
def reflect(since: str) -> None:
    """A short review of your recent work, and what to practise next."""
    from temper.profile.reflect import parse_period, reflection

    try:
        period = parse_period(since)
    except ValueError as exc:
        fail(str(exc))

    async def go() -> str:
        async with open_coach() as coach:
            return await reflection(coach.store, coach.catalog, period)

    click.echo(asyncio.run(go()), nl=False)


@click.command()
@click.option("--since", help="Only this recent: 12h, 7d, 2w (default: everything).")
@click.option("--json", "as_json", is_flag=True)
def usage(since: str | None, as_json: bool) -> None:
    """Show hints served by provider and level, and LLM calls per day, provider and model."""
    import time

    from temper.profile.reflect import parse_period

    try:
        start = time.time() - parse_period(since) if since else 0.0
    except ValueError as exc:
        fail(str(exc))

    async def go():
        async with open_coach() as coach:
            return await coach.store.usage(start)

    data = asyncio.run(go())
    if as_json:
        echo_json(data)
        return
    click.echo(f"{data['total']} hints served")
    for provider, levels in data["hints"].items():
        click.echo(f"  {provider:<10} " + "  ".join(f"{k}: {v}" for k, v in levels.items()))
    if data["llm"]:
        click.echo("LLM calls (day, provider, model: calls ok/failed, tokens in/out, cost)")
    for row in data["llm"]:
        failed = row["error"] + row["rate_limited"] + row["guard_violation"] + row["fallback"]
        latency = f", {row['mean_latency']:.2f} s mean" if row["mean_latency"] else ""
        click.echo(f"  {row['day']}  {row['provider']:<9} {row['model'] or '-'}: "
                   f"{row['success']}/{failed}, {row['prompt_tokens']}/"
                   f"{row['completion_tokens']} tokens, ${row['cost']:.4f}{latency}")


@click.command()
@click.option("--json", "as_json", is_flag=True)
def doctor(as_json: bool) -> None:
    """Check the installation: interpreter, provider, runner, profile, catalog."""
    async def go():
        async with open_coach() as coach:
            return coach.health()

    data = asyncio.run(go())
    if as_json:
        echo_json(data)
    else:
        click.echo(f"temper {data['version']} on Python {data['python']} ({data['interpreter']})")
        click.echo(f"provider: {data['provider']} (configured: {data['configuredProvider']}), "
                   f"track: {data['track']}")
        runner = data["runner"]
        click.echo(f"runner: {runner['backend'] or 'UNAVAILABLE'} (setting: {runner['setting']}), "
                   f"pytest {runner['pytest'] or 'MISSING'}")
        if runner.get("problem"):
            click.echo(f"  problem: {runner['problem']}")
        for key, value in runner["isolation"].items():
            click.echo(f"  {key + ':':<12} {value}")
        click.echo("toolchains:")
        for language, tool in runner.get("toolchains", {}).items():
            click.echo(f"  {language + ':':<12} {tool}")
        click.echo(f"profile: {data['profile']}\ncatalog: {data['exercises']} exercises")
        for error in data["catalogErrors"]:
            click.echo(f"  error: {error}")
    broken = data["runner"]["pytest"] is None or data["catalogErrors"] \
        or data["runner"]["backend"] is None
    sys.exit(1 if broken else 0)
