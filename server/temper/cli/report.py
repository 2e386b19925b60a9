"""Plain-text views of a run and of the profile, for the terminal."""

from __future__ import annotations

from typing import Any

import click

from temper.coach.pairing import RunOutcome
from temper.core.fact_lines import fact_line


def bar(value: float, width: int = 20) -> str:
    filled = round(max(0.0, min(1.0, value)) * width)
    return "█" * filled + "·" * (width - filled)


def print_run(outcome: RunOutcome) -> None:
    result = outcome.result
    click.echo(result.summary())
    if result.error_location:
        where = result.error_location
        click.echo(f"  {where.path}:{where.line}: {result.message}")
    for test in result.tests:
        mark = "✓" if test.status.value == "pass" else "✗"
        click.echo(f"  {mark} {test.name}")
        if test.status.value != "pass":
            where = test.learner_location or test.test_location
            place = f"{where.path}:{where.line}: " if where else ""
            first = (test.message or "").strip().splitlines()
            click.echo(f"      {place}{fact_line(test) or (first[0] if first else test.error_type)}")
    if outcome.completed_now:
        click.echo(f"\n{outcome.message}")
        if outcome.next_exercise:
            nxt = outcome.next_exercise
            click.echo(f"Next: {nxt.exercise_id} ({nxt.title}) — {nxt.reason}.")


SPARKS = "▁▂▃▄▅▆▇█"


def sparkline(values: list[float]) -> str:
    """Values from 0 to 1 as a row of bars."""
    return "".join(SPARKS[min(len(SPARKS) - 1, int(max(0.0, v) * len(SPARKS)))] for v in values)


def print_profile(data: dict[str, Any]) -> None:
    click.echo("Skill per concept (probability you know it, ± its uncertainty)")
    for row in data["skills"] or [{"concept": "(none yet)", "p_known": 0, "observations": 0,
                                   "uncertainty": 0}]:
        click.echo(f"  {row['concept']:<18} {bar(row['p_known'])} {row['p_known']:.2f}"
                   f" ±{row['uncertainty']:.2f}  ({row['observations']} observations)")
    trend = data.get("dependency_trend") or []
    click.echo(f"\nHint dependency  {bar(data['hint_dependency'])} {data['hint_dependency']:.2f}"
               + (f"   per exercise, oldest first: {sparkline(trend)}" if trend else ""))
    spots = data.get("blind_spots") or []
    if spots:
        click.echo("\nBlind spots (errors that came back)")
        for spot in spots:
            concept = f" [{spot['concept']}]" if spot.get("concept") else ""
            click.echo(f"  {spot['count']}× {spot['pattern']}{concept}  "
                       f"({', '.join(spot['exercises'])})")
    click.echo("\nExercises")
    for row in data["exercises"] or [{"id": "(none yet)", "runs": 0, "hints": 0,
                                      "completed": False, "seconds_to_green": None}]:
        state = "done" if row["completed"] else "open"
        green = f", green after {row['seconds_to_green']:.0f} s" if row["seconds_to_green"] else ""
        click.echo(f"  {row['id']:<38} {state}: {row['runs']} runs, {row['hints']} hints{green}")
    click.echo(f"\nprofile database: {data['database']}")
