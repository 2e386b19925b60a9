"""How much of a failing run Temper turns into facts, and how many offline hints state one.

    python benchmarks/facts.py [--language L] [--limit N] [--jobs 2] [--no-catalog] [--json F]

Over (a) every catalog exercise's starter (its tests, run as a learner's folder would be) and
(b) the hand-written learner bugs in benchmarks/bugs/ (plain folders with tests, no marker), it
runs the tests through Temper's runner, exactly as `temper run` does, and reports per language:

- failing tests, and the share whose facts are complete (nothing in `facts.missing`);
- the share of L0–L2 offline hints that state a fact of the run: the call, the actual or expected
  value, the exception, or the learner's line the facts point to (the target is 90 %);
- for Python, the time facts add to a run: each bug run twice more, with and without the
  plugin's call recording, interleaved (the target is at most 10 %).

Bugs are read from benchmarks/bugs/ at run time; nothing is copied into the catalog.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import bug_corpus  # noqa: E402

from temper.catalog.exercises import Catalog, write_inside  # noqa: E402
from temper.core.contract import Intent  # noqa: E402
from temper.core.levels import Level  # noqa: E402
from temper.core.results import RunResult, Status  # noqa: E402
from temper.product.workspace import tests_language  # noqa: E402
from temper.providers.base import HintRequest  # noqa: E402
from temper.providers.offline import OfflineProvider  # noqa: E402
from temper.runner import python as python_adapter  # noqa: E402
from temper.runner.run import run_tests  # noqa: E402


@dataclass
class Tally:
    runs: int = 0
    failing_tests: int = 0
    complete: int = 0
    hints: int = 0
    stating: int = 0
    missing: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    with_facts: list[float] = field(default_factory=list)
    without_facts: list[float] = field(default_factory=list)


def states_fact(text: str, result: RunResult) -> bool:
    """Whether a hint names something true of this run that only the run could tell."""
    for test in result.tests:
        if test.status is Status.PASS:
            continue
        facts = test.facts
        if facts and any(v and v in text for v in (facts.call, facts.actual, facts.expected)):
            return True
        if facts and facts.exception and facts.exception.split(":")[0] in text:
            return True
        where = test.learner_location
        if where and (f"line {where.line} " in text or f"line {where.line}." in text
                      or f"line {where.line}," in text):
            return True
    where = result.error_location
    return bool(where and f"line {where.line}" in text)


def hints_for(result: RunResult, exercise, path: str) -> list[str]:
    """L0, L1 and L2 hints, two each, as a learner asking again would get them."""
    texts = []
    for level in (Level.L0, Level.L1, Level.L2):
        served: set[str] = set()
        for _ in range(2):
            hint = OfflineProvider().write(HintRequest(level, Intent.HINT, exercise, path, 1, "",
                                                       result, frozenset(served)))
            served.add(hint.key)
            texts.append(hint.text)
    return texts


def count(tally: Tally, result: RunResult, exercise, path: str) -> None:
    tally.runs += 1
    failing = [t for t in result.tests if t.status is not Status.PASS]
    tally.failing_tests += len(failing)
    for test in failing:
        missing = test.facts.missing if test.facts else ("facts",)
        tally.complete += not missing
        for name in missing:
            tally.missing[name] += 1
    if result.status is Status.PASS:
        return
    for text in hints_for(result, exercise, path):
        tally.hints += 1
        tally.stating += states_fact(text, result)


async def catalog_runs(tallies: dict[str, Tally], languages: set[str] | None, limit: int | None,
                       jobs: asyncio.Semaphore) -> None:
    catalog = Catalog.load()
    chosen = [e for e in sorted(catalog.exercises.values(), key=lambda e: e.id)
              if not languages or e.language in languages][:limit]

    async def one(exercise) -> None:
        async with jobs:
            with tempfile.TemporaryDirectory(prefix="temper-facts-") as scratch:
                for relpath, content in {**exercise.starter, **exercise.tests}.items():
                    write_inside(Path(scratch), relpath, content)
                result = await run_tests(Path(scratch), exercise.language,
                                         sorted(exercise.tests), exercise.check.timeout)
        count(tallies[f"catalog {exercise.language}"], result, exercise,
              sorted(exercise.starter)[0])

    await asyncio.gather(*(one(e) for e in chosen))


async def bug_runs(tallies: dict[str, Tally], languages: set[str] | None, limit: int | None,
                   jobs: asyncio.Semaphore, rounds: int) -> None:
    bugs = [b for b in bug_corpus.load(bug_corpus.ROOT)
            if not languages or b.language in languages][:limit]

    async def one(bug) -> None:
        async with jobs:
            with tempfile.TemporaryDirectory(prefix="temper-facts-") as scratch:
                folder = Path(scratch) / bug.path.name
                shutil.copytree(bug.path, folder, ignore=shutil.ignore_patterns("bug.yaml"))
                language = tests_language(folder) or bug.language
                result = await run_tests(folder, language, timeout=60)
                tally = tallies[f"bugs {bug.language}"]
                count(tally, result, None, bug.file)
                if bug.language == "python":
                    for _ in range(rounds):
                        for collect in (True, False):
                            python_adapter.COLLECT_FACTS = collect
                            start = time.perf_counter()
                            await run_tests(folder, language, timeout=60)
                            (tally.with_facts if collect else tally.without_facts).append(
                                time.perf_counter() - start)
                    python_adapter.COLLECT_FACTS = True

    await asyncio.gather(*(one(b) for b in bugs))


def table(tallies: dict[str, Tally]) -> list[dict]:
    rows = []
    for name in sorted(tallies):
        t = tallies[name]
        row = {"set": name, "runs": t.runs, "failing_tests": t.failing_tests,
               "complete_facts": round(t.complete / t.failing_tests, 3) if t.failing_tests else None,
               "missing": dict(t.missing), "hints": t.hints,
               "hints_stating_a_fact": round(t.stating / t.hints, 3) if t.hints else None}
        if t.with_facts and t.without_facts:
            on, off = statistics.median(t.with_facts), statistics.median(t.without_facts)
            row["run_median_s"] = {"facts": round(on, 3), "no_facts": round(off, 3),
                                   "extra": round(on / off - 1, 3)}
        rows.append(row)
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--language", action="append")
    parser.add_argument("--limit", type=int, help="at most this many per set (a quick look)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3, help="timing rounds per Python bug")
    parser.add_argument("--no-catalog", action="store_true")
    parser.add_argument("--json", type=Path, help="also write the rows here")
    args = parser.parse_args()
    tallies: dict[str, Tally] = defaultdict(Tally)
    languages = set(args.language) if args.language else None

    async def go() -> None:
        jobs = asyncio.Semaphore(args.jobs)
        if not args.no_catalog:
            await catalog_runs(tallies, languages, args.limit, jobs)
        await bug_runs(tallies, languages, args.limit, jobs, args.rounds)

    started = time.perf_counter()
    asyncio.run(go())
    rows = table(tallies)
    print(f"| set | runs | failing tests | complete facts | L0–L2 hints stating a fact | "
          f"Python run, facts / none (extra) |")
    print("|---|---:|---:|---:|---:|---|")
    for r in rows:
        timing = r.get("run_median_s")
        timing_text = (f"{timing['facts']:.2f} s / {timing['no_facts']:.2f} s "
                       f"({timing['extra']:+.0%})") if timing else ""
        complete = f"{r['complete_facts']:.0%}" if r["complete_facts"] is not None else "–"
        stating = f"{r['hints_stating_a_fact']:.0%}" if r["hints_stating_a_fact"] is not None \
            else "–"
        print(f"| {r['set']} | {r['runs']} | {r['failing_tests']} | {complete} | {stating} | "
              f"{timing_text} |")
    total_hints = sum(t.hints for t in tallies.values())
    stating = sum(t.stating for t in tallies.values())
    print(f"\nall sets: {stating}/{total_hints} L0–L2 hints state a fact "
          f"({stating / max(total_hints, 1):.0%}); {time.perf_counter() - started:.0f} s")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
