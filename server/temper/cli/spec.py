"""`temper spec …`: the exercise spec's JSON Schema and validating exercise specs; the product
spec commands join this group from `cli_product`."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import click

from temper.cli.support import echo_json


@click.group()
def spec() -> None:
    """Specs: exercise specs (schema, validate) and a project's product specs."""


@spec.command("schema")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the schema to this file instead of printing it.")
def spec_schema(output: Path | None) -> None:
    """Print the JSON Schema of exercise.yaml (the catalog keeps it in specs/)."""
    from temper.catalog.schema import schema_text

    if output is None:
        click.echo(schema_text(), nl=False)
        return
    output.write_text(schema_text(), encoding="utf-8")
    click.echo(f"wrote {output}")


@spec.command("validate")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--no-run", is_flag=True, help="Static checks only: do not run any tests.")
@click.option("--jobs", type=click.IntRange(1, 16), default=2, show_default=True,
              help="Exercises whose tests run at the same time.")
@click.option("--timeout", type=click.FloatRange(min=1), default=None,
              help="Seconds per test run instead of each exercise's own.")
@click.option("--json", "as_json", is_flag=True, help="Print the findings as JSON.")
def spec_validate(paths: tuple[Path, ...], no_run: bool, jobs: int, timeout: float | None,
                  as_json: bool) -> None:
    """Validate exercise specs in PATHS (files or folders; default: the whole catalog).

    Prints `file:line: severity: message` and exits with 1 when there is any error.
    """
    from temper import settings as settings_module
    from temper.catalog.exercises import default_catalog_root
    from temper.catalog.validate import spec_files, validate

    targets = list(paths) or [settings_module.load()[0].specs or default_catalog_root()]
    done: list[int] = []
    total = len(spec_files(targets))

    def progress(spec) -> None:  # runs are slow: say how far along they are, on stderr
        done.append(1)
        errors = sum(1 for f in spec.findings if f.severity == "error")
        name = spec.exercise.id if spec.exercise else spec.path
        click.echo(f"[{len(done)}/{total}] {name}: {f'{errors} error(s)' if errors else 'ok'}",
                   err=True)

    report = asyncio.run(validate(targets, run=not no_run, jobs=jobs, timeout=timeout,
                                  progress=None if no_run else progress))
    errors, warnings = report.count("error"), report.count("warning")
    if as_json:
        echo_json({"specs": len(report.specs), "errors": errors, "warnings": warnings,
                   "seconds": round(report.seconds, 2), "ran": not no_run,
                   "findings": [f.to_json() for f in report.findings]})
    else:
        for finding in report.findings:
            click.echo(finding.text())
        click.echo(f"{len(report.specs)} spec{'s' * (len(report.specs) != 1)}: {errors} "
                   f"error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)} "
                   f"({report.seconds:.1f} s{', tests not run' if no_run else ''})",
                   err=bool(errors))
    sys.exit(1 if errors else 0)
