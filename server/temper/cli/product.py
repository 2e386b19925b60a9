"""`temper spec check | lock | drift | progress`: product specs of a learner's own project."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import click

from temper.cli.support import echo_json, fail

PATHS = click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))


def _spec_files(paths: tuple[Path, ...]):
    """The spec files named, or those of the projects named (default: the one around here)."""
    from temper.product.project import find_project, load_spec, spec_paths

    found = []
    for path in paths or (Path.cwd(),):
        if path.is_file():
            found.append(load_spec(path.resolve()))
            continue
        project = find_project(path, checked=True)
        if project is None or not spec_paths(project.root):
            fail(f"{path}: no product spec here; write one in .specs/<name>.yaml "
                 "(see docs/product-specs.md)")
        found.extend(project.specs)
    return found


def _print_problems(spec_files) -> int:
    errors = 0
    for spec_file in spec_files:
        for problem in sorted(spec_file.problems, key=lambda p: spec_file.line(p.where)):
            errors += problem.severity == "error"
            click.echo(f"{spec_file.path}:{spec_file.line(problem.where)}: {problem.severity}: "
                       f"{problem.message}")
    return errors


@click.command("check")
@PATHS
def check(paths: tuple[Path, ...]) -> None:
    """Check product specs (.specs/*.yaml) for errors and warnings; exit 1 on errors."""
    spec_files = _spec_files(paths)
    errors = _print_problems(spec_files)
    warnings = sum(len(s.problems) for s in spec_files) - errors
    click.echo(f"{len(spec_files)} product spec{'s' * (len(spec_files) != 1)}: {errors} "
               f"error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}")
    sys.exit(1 if errors else 0)


@click.command("lock")
@PATHS
def lock(paths: tuple[Path, ...]) -> None:
    """Record each spec's current version in its own lock file, next to it."""
    from temper.product.lock import write_lock

    spec_files = _spec_files(paths)
    for spec_file in spec_files:
        if spec_file.spec is None or spec_file.errors:
            _print_problems([spec_file])
            fail(f"{spec_file.path}: fix the errors before locking the spec")
        click.echo(f"locked {spec_file.path.name} in {write_lock(spec_file.spec, spec_file.path)}")


@click.command("drift")
@PATHS
@click.option("--json", "as_json", is_flag=True)
def drift(paths: tuple[Path, ...], as_json: bool) -> None:
    """Show what changed in each spec since its lock; exit 1 when anything did."""
    from temper.product.lock import LockError, drift, read_lock

    reports = {}
    for spec_file in _spec_files(paths):
        if spec_file.spec is None:
            _print_problems([spec_file])
            fail(f"{spec_file.path}: cannot be read, so it cannot be compared with its lock")
        try:
            reports[spec_file.path] = drift(spec_file.spec, read_lock(spec_file.path))
        except LockError as exc:
            fail(str(exc))
    if as_json:
        echo_json({str(path): report.to_json() for path, report in reports.items()})
    else:
        for path, report in reports.items():
            for line in report.lines():
                click.echo(f"{path.name}: {line}")
    sys.exit(1 if any(r.changed for r in reports.values()) else 0)


@click.command("progress")
@click.argument("folder", default=".", type=click.Path(file_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True)
def progress_command(folder: Path, as_json: bool) -> None:
    """Run the project's tests and show which acceptance criteria they prove."""
    from temper.cli.support import open_coach, session_or_fail
    from temper.product.progress import progress
    from temper.product.project import find_project

    project = find_project(folder)
    if project is None:
        fail(f"{folder}: no product spec here; write one in .specs/<name>.yaml")

    async def go():
        async with open_coach() as coach:
            session = await session_or_fail(coach, project.root)
            return (await coach.run(session)).result

    result = asyncio.run(go())
    report = {str(s.path): progress(s.spec, result) for s in project.specs if s.spec}
    if as_json:
        echo_json({"run": result.summary(), "specs": {
            path: {"met": p.met, "total": len(p.criteria), "criteria": [
                {"id": c.criterion.id, "state": c.state.value, "text": c.describe()}
                for c in p.criteria]} for path, p in report.items()}})
        return
    click.echo(f"tests: {result.summary()}")
    for path, state in report.items():
        click.echo(f"\n{Path(path).name}: {state.summary()}")
        for item in state.criteria:
            click.echo(f"  {'✓' if item.state.value == 'met' else '✗'} {item.describe()}")
