"""`temper history`: the logged runs of an exercise, and what changed between two of them."""

from __future__ import annotations

import asyncio
import time

import click

from temper.cli.support import echo_json, fail, open_coach


@click.command()
@click.option("--exercise", "exercise_id", help="Only this exercise's runs (its id).")
@click.option("--diff", "pair", nargs=2, type=int, metavar="RUN RUN",
              help="Show how the learner's files changed between two runs.")
@click.option("--show", "show", type=int, metavar="RUN", help="Show one run's output and files.")
@click.option("--limit", default=50, show_default=True, help="How many recent runs to list.")
@click.option("--json", "as_json", is_flag=True)
def history(exercise_id: str | None, pair: tuple[int, int] | None, show: int | None,
            limit: int, as_json: bool) -> None:
    """List test runs (newest last), show one, or diff the files of two."""
    from temper.profile import history as log

    async def go():
        async with open_coach() as coach:
            store = coach.store
            if pair:
                found = [await store.run(number) for number in pair]
                missing = [n for n, r in zip(pair, found, strict=True) if r is None]
                if missing:
                    return {"missing": missing}
                return {"diff": log.diff(found[0]["files"], found[1]["files"],
                                         (f"run-{pair[0]}", f"run-{pair[1]}"))}
            if show is not None:
                found = await store.run(show)
                return {"run": found, "missing": [] if found else [show]}
            return {"runs": await store.runs(exercise_id, limit)}

    data = asyncio.run(go())
    if data.get("missing"):
        fail(f"no run numbered {', '.join(map(str, data['missing']))}; "
             "`temper history` lists them")
    if as_json:
        echo_json(data)
    elif "diff" in data:
        click.echo(data["diff"] or "the learner's files were the same in both runs")
    elif "run" in data:
        run = data["run"]
        click.echo(f"run {run['id']} of {run['exercise_id']}\n--- output ---\n{run['output']}")
        for path, text in run["files"].items():
            click.echo(f"--- {path} ---\n{text}")
    elif not data["runs"]:
        click.echo("no runs logged yet" + (f" for {exercise_id}" if exercise_id else ""))
    else:
        for run in data["runs"]:
            when = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(run["at"]))
            click.echo(f"{run['id']:>5}  {when}  {run['exercise_id']:<36} {run['status']:<5} "
                       f"{run['passed']}/{run['passed'] + run['failed']} passed  "
                       f"{run['backend']:<6} exit {run['exit_code']}  "
                       f"{run['duration_seconds']:.2f} s  {run['snapshot'][:10]}")
