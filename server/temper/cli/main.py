"""The `temper` command line: the language server, exercises, runs, hints, the profile and a demo.

Each subcommand imports what it needs when it runs, so `temper lsp` starts quickly.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import sys
from pathlib import Path

import click

from temper import __version__
from temper.cli import exercises as cli_exercises
from temper.cli import history as cli_history
from temper.cli import keys as cli_keys
from temper.cli import localize as cli_localize
from temper.cli import product as cli_product
from temper.cli import profile as cli_profile
from temper.cli import spec as cli_spec
from temper.cli.support import echo_json, fail, open_coach, session_or_fail
from temper.providers.registry import CHOICES


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
    from temper.lsp.app import create_server

    server = create_server()
    gc.freeze()
    gc.enable()
    if tcp:
        host, _, port = tcp.rpartition(":")
        if not host or not port.isdigit():
            fail(f"--tcp expects HOST:PORT, got {tcp!r}")
        server.start_tcp(host, int(port))
    else:
        server.start_io()


@main.command()
@click.option("--keep", is_flag=True, help="Keep the demo's temporary folder.")
def demo(keep: bool) -> None:
    """A scripted learning session against the real server, offline."""
    from temper.cli.demo import run_demo

    sys.exit(asyncio.run(run_demo(keep=keep)))

@main.command("run")
@click.argument("folder", default=".", type=click.Path(file_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the structured result.")
def run_command(folder: Path, as_json: bool) -> None:
    """Run the exercise's tests in FOLDER the way the editor does."""
    async def go():
        async with open_coach() as coach:
            session = await session_or_fail(coach, folder)
            return await coach.run(session)

    outcome = asyncio.run(go())
    if as_json:
        echo_json(outcome.result.to_json())
    else:
        from temper.cli.report import print_run

        print_run(outcome)
    sys.exit(0 if outcome.result.status.value == "pass" else 1)


@main.command("hint")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--line", type=int, default=1, show_default=True)
@click.option("--intent", type=click.Choice(["question", "hint", "stuck", "review", "explain"]),
              default="hint", show_default=True)
@click.option("--level", help="Ask for a level explicitly (L0-L5); the contract may refuse.")
@click.option("--reason", default="", help="Why you need L4 or L5.")
@click.option("--provider", type=click.Choice(CHOICES),
              help="Who writes the hint (overrides the settings).")
@click.option("--model", help="The model for an LLM provider.")
@click.option("--base-url", help="The provider's server, e.g. http://127.0.0.1:8080/v1.")
@click.option("--explain-why", "explain", is_flag=True,
              help="Also say what the hint was built from: the run's facts, the line at fault.")
@click.option("--json", "as_json", is_flag=True)
def hint_command(path: Path, line: int, intent: str, level: str | None, reason: str,
                 provider: str | None, model: str | None, base_url: str | None,
                 explain: bool, as_json: bool) -> None:
    """Ask for a hint about PATH at --line, as the editor's code actions do (after a failing
    run, the coach first looks for the line at fault, as the editor does in the background)."""
    from temper.core.contract import Intent
    from temper.core.levels import parse_level

    try:
        wanted = parse_level(level) if level else None
    except ValueError as exc:
        fail(str(exc))

    async def go():
        async with open_coach() as coach:
            chosen = {"provider": provider, "model": model, "base_url": base_url}
            coach.apply_settings(coach.settings.model_copy(
                update={k: v for k, v in chosen.items() if v is not None}))
            session = await session_or_fail(coach, path.parent)
            relpath = path.resolve().relative_to(session.workspace).as_posix()
            code = path.read_text(encoding="utf-8", errors="replace")
            run = coach.last_run(session)
            if run is not None and run.status.value == "fail":
                from temper.faults.session import localize_session

                coach.record_localization(session.workspace,
                                          await localize_session(coach, session, run))
            return await coach.hint(session, relpath, line, code, Intent(intent), wanted, reason)

    outcome = asyncio.run(go())
    if as_json:
        echo_json({"level": int(outcome.level), "text": outcome.text,
                    "rationale": outcome.decision.reason, "provider": outcome.provider,
                    "path": outcome.location.path, "line": outcome.location.line,
                    "tone": outcome.tone.value, "notice": outcome.notice,
                    "basis": list(outcome.basis)})
        return
    click.echo(f"{outcome.level.label}  ({outcome.location.path}:{outcome.location.line})\n")
    click.echo(outcome.text)
    if outcome.notice:
        click.echo(f"\nnote: {outcome.notice}")
    click.echo(f"\nwhy this level: {outcome.decision.reason}")
    if explain:
        click.echo("built from:\n" + "\n".join(f"  - {item}" for item in outcome.basis))

@main.command()
@click.argument("paths", nargs=-1, required=True,
                type=click.Path(exists=True, path_type=Path))
@click.option("--json", "as_json", is_flag=True)
def check(paths: tuple[Path, ...], as_json: bool) -> None:
    """Point at risky code in PATHS (files or folders), as the editor does while you type."""
    from temper import risks
    from temper.core.languages import language_of
    from temper.core.levels import Level
    from temper.core.risks import explanation

    files = [f for p in paths for f in ([p] if p.is_file() else sorted(p.rglob("*")))
             if f.is_file() and language_of(f)]

    async def go() -> list[tuple[Path, list]]:
        found = []
        for file in files:
            source = file.read_text(encoding="utf-8", errors="replace")
            found.append((file, await risks.thorough(language_of(file), source, str(file))))
        return found

    results, known = asyncio.run(go()), risks.rules()
    rows = [{"path": str(f), "line": d.line, "column": d.column, "code": d.code,
             "category": known[d.code].category.value, "severity": known[d.code].severity.value,
             "message": d.message, "concept": known[d.code].concept}
            for f, found in results for d in found if d.code in known]
    if as_json:
        echo_json(rows)
    else:
        for row in rows:
            click.echo(f"{row['path']}:{row['line']}:{row['column']}: {row['code']} "
                       f"[{row['category']}] {row['message']}")
        shown = {row["code"] for row in rows}
        for code in sorted(shown):
            click.echo(f"\n{code}: " + explanation(known[code], Level.L2).replace("**", ""))
        click.echo(f"\n{len(rows)} risk{'s' * (len(rows) != 1)} in {len(files)} file"
                   f"{'s' * (len(files) != 1)}")
    sys.exit(1 if rows else 0)


main.add_command(cli_exercises.exercise)
main.add_command(cli_keys.keys)
main.add_command(cli_spec.spec)
for command in (cli_product.check, cli_product.lock, cli_product.drift,
                cli_product.progress_command):
    cli_spec.spec.add_command(command)
for command in (cli_profile.profile, cli_profile.forget, cli_profile.reflect, cli_profile.usage,
                cli_profile.doctor):
    main.add_command(command)
main.add_command(cli_history.history)
main.add_command(cli_localize.localize_command)


if __name__ == "__main__":
    main()
