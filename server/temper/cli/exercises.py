"""`temper exercise …`: list, show, start, reset and choose exercises."""

from __future__ import annotations

import asyncio
from pathlib import Path

import click

from temper.cli.support import echo_json, fail, open_coach


@click.group()
def exercise() -> None:
    """List, show, start, reset and choose exercises."""


@exercise.command("list")
@click.option("--language", help="Only this language.")
@click.option("--json", "as_json", is_flag=True)
def exercise_list(language: str | None, as_json: bool) -> None:
    """List the catalog."""
    from temper import settings as settings_module
    from temper.catalog.exercises import Catalog

    catalog = Catalog.load(settings_module.load()[0].specs)
    rows = [e.summary() for e in sorted(catalog.exercises.values(), key=lambda e: e.id)
            if not language or e.language == language]
    if as_json:
        echo_json(rows)
        return
    for row in rows:
        click.echo(f"{row['id']:<40} {row['difficulty']:<13} {row['title']}")
    for error in catalog.errors:
        click.echo(f"warning: {error}", err=True)


@exercise.command("show")
@click.argument("exercise_id")
def exercise_show(exercise_id: str) -> None:
    """Show an exercise's description and files (never its solution)."""
    from temper import settings as settings_module
    from temper.catalog.exercises import Catalog, ExerciseError

    try:
        ex = Catalog.load(settings_module.load()[0].specs).get(exercise_id)
    except ExerciseError as exc:
        fail(str(exc))
    click.echo(f"{ex.title}  ({ex.id}, {ex.difficulty})\nconcepts: {', '.join(ex.concepts)}\n")
    click.echo(ex.description.strip())
    click.echo(f"\nfiles: {', '.join([*ex.starter, *ex.tests])}")


@exercise.command("start")
@click.argument("exercise_id")
@click.argument("folder", required=False, type=click.Path(file_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Overwrite files that already exist.")
def exercise_start(exercise_id: str, folder: Path | None, force: bool) -> None:
    """Write an exercise into FOLDER (default: ./SLUG) and start pairing on it."""
    from temper.catalog.exercises import ExerciseError, start

    async def go() -> Path:
        async with open_coach() as coach:
            ex = coach.catalog.get(exercise_id)
            marker = start(ex, folder or Path(ex.id.rsplit("/", 1)[-1]), force=force)
            await coach.open_workspace(marker.root)
            return marker.root

    try:
        root = asyncio.run(go())
    except ExerciseError as exc:
        fail(str(exc))
    click.echo(f"Started {exercise_id} in {root}\nOpen that folder in your editor; save a file "
               "to run the tests, and ask Temper for a hint with a code action.")


@exercise.command("reset")
@click.argument("folder", default=".", type=click.Path(file_okay=False, path_type=Path))
def exercise_reset(folder: Path) -> None:
    """Restore the starter files of the exercise in FOLDER and begin a fresh attempt."""
    from temper.catalog.exercises import ExerciseError, find_marker, reset

    marker = find_marker(folder)
    if marker is None:
        fail(f"{folder} holds no Temper exercise (no .temper/exercise.json)")

    async def go() -> None:
        async with open_coach() as coach:
            reset(coach.catalog.get(marker.exercise_id), marker.root)
            await coach.open_workspace(marker.root)

    try:
        asyncio.run(go())
    except ExerciseError as exc:
        fail(str(exc))
    click.echo(f"Reset {marker.exercise_id} in {marker.root}")


@exercise.command("next")
@click.option("--language", help="Recommend in this language (default: your last exercise's).")
@click.option("--json", "as_json", is_flag=True)
def exercise_next(language: str | None, as_json: bool) -> None:
    """Recommend the next exercise from your profile, and say why."""
    from temper.core.languages import LANGUAGES

    if language and language not in LANGUAGES:
        fail(f"unknown language {language!r}; one of: {', '.join(LANGUAGES)}")

    async def go():
        async with open_coach() as coach:
            return await coach.next_exercise(language)

    choice = asyncio.run(go())
    if as_json:
        echo_json(choice.to_json() if choice else None)
        return
    if choice is None:
        where = f" in {language}" if language else ""
        click.echo(f"You have done every exercise{where} whose prerequisites are met. Well done.")
        return
    click.echo(f"{choice.exercise_id}  {choice.title}  ({choice.difficulty})\n"
               f"why: {choice.reason}\nstart it: temper exercise start {choice.exercise_id}")
