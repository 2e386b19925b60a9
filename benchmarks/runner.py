"""The runner's cost: each backend against running the same test command directly, per language,
and the time from saving a file to the run's diagnostics in the real language server.

    python benchmarks/runner.py [--repeat 5] [--pause 0.5] [--languages python,go] [--json out.json]

For each catalog language the first exercise's starter is written to a temporary folder. "direct"
runs the adapter's own commands with subprocess in a copy of it (no copy per run, no sandbox,
no limits); "local" and "docker" go through `run_tests` (copy, sandbox, parsing). One warm-up run
each is discarded (it fills build caches and starts Docker's warm container); the median of the
rest is reported. Runs are --pause seconds apart (untimed), as saves are while a learner types:
the Docker backend cleans up after a run in that time. Docker is skipped when no engine
answers. See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from temper.catalog.exercises import Catalog, start
from temper.runner import backends, run_tests
from temper.runner.job import Place
from temper.runner.run import LANGUAGES
from temper.runner.sandbox import cache_root

LANGUAGE_ORDER = ["python", "javascript", "typescript", "go", "rust", "c", "java"]


def direct(folder: Path, language: str, tests: list[str]) -> float:
    """The adapter's commands run plainly, in a prepared copy; seconds taken."""
    scratch = Path(tempfile.mkdtemp(prefix="temper-bench-direct-"))
    try:
        work, out = scratch / "work", scratch / "out"
        shutil.copytree(folder, work, ignore=shutil.ignore_patterns(".temper"))
        out.mkdir()
        job = LANGUAGES[language].adapter.prepare(language, Place(work, work, out), tests)
        env = {**os.environ, **job.env}
        for variable, name in job.caches.items():
            env[variable] = str(cache_root() / name)
        began = time.perf_counter()
        for step in job.steps:
            done = subprocess.run(step.argv, cwd=work, env=env, capture_output=True, timeout=300,
                                  check=False)
            if step.stop_on_failure and done.returncode != 0:
                break
        return time.perf_counter() - began
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


async def sandboxed(folder: Path, language: str, tests: list[str], backend: str) -> float:
    began = time.perf_counter()
    result = await run_tests(folder, language, tests, 300, backend=backend)
    took = time.perf_counter() - began
    if not result.tests:
        raise RuntimeError(f"{language} on {backend}: {result.message}")
    return took


async def measure(folder: Path, language: str, tests: list[str], how: str, repeat: int,
                  pause: float) -> float:
    samples = []
    for _ in range(repeat + 1):
        await asyncio.sleep(pause)
        if how == "direct":
            samples.append(await asyncio.to_thread(direct, folder, language, tests))
        else:
            samples.append(await sandboxed(folder, language, tests, how))
    return statistics.median(samples[1:])


async def save_to_diagnostics(root: Path, backend: str, repeat: int, pause: float) -> float:
    """Median seconds from didSave to the run's diagnostics, through `temper lsp`."""
    sys.path.insert(0, str(Path(__file__).parent))
    from run import Client  # the benchmarks' own LSP client (benchmarks/run.py)

    home = root / f"home-{backend}"
    folder = root / f"save-{backend}"
    start(Catalog.load().get("python/basics/fizzbuzz"), folder)
    os.environ["TEMPER_HOME"], os.environ["TEMPER_RUNNER"] = str(home), backend
    client = Client(home, folder)
    await client.spawn()
    try:
        await client.initialize()
        client.initialized()
        client.open("fizzbuzz.py")
        samples = []
        for _ in range(repeat + 1):
            await asyncio.sleep(pause)
            samples.append(await client.save_and_wait_run("fizzbuzz.py"))
    finally:
        await client.lsp.shutdown_async(None)
        client.lsp.exit(None)
        await client.lsp.stop()
    return statistics.median(samples[1:])


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--pause", type=float, default=0.5, help="seconds between runs")
    parser.add_argument("--languages", default=",".join(LANGUAGE_ORDER))
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    catalog = Catalog.load()
    have_docker = backends._probe() is not None
    ways = ["direct", "local"] + (["docker"] if have_docker else [])
    report: dict = {"repeat": args.repeat, "pause": args.pause, "backends": ways, "languages": {}}
    root = Path(tempfile.mkdtemp(prefix="temper-bench-runner-"))
    try:
        print(f"{'language':<11}" + "".join(f"{w:>10}" for w in ways)
              + "".join(f"{w + '/direct':>15}" for w in ways[1:])
              + "".join(f"{w + ' +ms':>12}" for w in ways[1:]))
        for language in args.languages.split(","):
            exercise = next((e for e in catalog.exercises.values() if e.language == language),
                            None)
            if exercise is None:
                print(f"{language:<11} no exercise in the catalog")
                continue
            folder = root / language
            start(exercise, folder)
            tests = sorted(exercise.tests)
            try:
                times = {w: await measure(folder, language, tests, w, args.repeat, args.pause)
                     for w in ways}
            except Exception as exc:  # a missing toolchain: say so, go on
                print(f"{language:<11} skipped: {exc}")
                continue
            ratios = {w: times[w] / times["direct"] for w in ways[1:]}
            report["languages"][language] = {"exercise": exercise.id, "seconds": times,
                                             "ratio": ratios}
            print(f"{language:<11}" + "".join(f"{times[w]:>9.2f}s" for w in ways)
                  + "".join(f"{ratios[w]:>14.2f}x" for w in ways[1:])
                  + "".join(f"{(times[w] - times['direct']) * 1000:>12.0f}" for w in ways[1:]))
        report["save_to_diagnostics"] = {}
        for backend in ways[1:]:
            seconds = await save_to_diagnostics(root, backend, args.repeat, args.pause)
            report["save_to_diagnostics"][backend] = seconds
            print(f"save -> diagnostics (python, {backend}): {seconds:.2f} s")
    finally:
        shutil.rmtree(root, ignore_errors=True)
    if args.json:
        args.json.write_text(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
