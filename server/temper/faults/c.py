"""C localization: per-test line coverage with gcov in the sandbox, scored with Ochiai.

One sandboxed job builds the tests as the runner does plus `--coverage -DTEMPER_COVERAGE`, runs
them once (the harness forks a child per test; in that build each child clears the counters it
inherited and writes its own under out/cov/<test>/, also when it crashes), then runs
`gcov --json-format` in each test's folder. The JSON gives the learner lines each test ran.
With the budget left, small edits of the top lines are built and tested in a second sandboxed
job (faults/compiled_repair.py): one that makes every test pass twice is the repair."""

from __future__ import annotations

import json
import shlex
import shutil
import time
from pathlib import Path

from temper.faults import compiled_repair
from temper.faults.python import ProbeReport
from temper.faults.spectrum import counted_code, ochiai
from temper.runner import c as adapter
from temper.runner.backends import Backend
from temper.runner.job import Job, Place, Step
from temper.runner.sandbox import Limits

SLACK = 3.0
KEEPS_HUNG = True  # a test stopped for hanging keeps its counters
TEST_SECONDS = 1  # one test's limit in the repair search's builds (an edit may loop for ever)
REPORT_LIMIT = 8 << 20  # bytes of gcov JSON read per test
# $1: the build folder (its .gcno notes), $2: the folder of per-test counter folders
GCOV = ('for d in "$2"/*/; do cp "$1"/*.gcno "$d" && '
        '(cd "$d" && "$3" --json-format --stdout *.gcda > gcov.json 2>/dev/null); done')


async def probe(chosen: Backend, place: Place, scratch: Path, lines: dict[str, list[str]],
                tests: list[str], names: list[str], budget: float,
                limits: Limits = Limits(), repair: bool = True) -> ProbeReport:
    """`lines`: the learner's files (relative path -> their lines); `names`: the run's tests;
    `repair`: whether to search for a small repair with the budget left."""
    gcov, shell = shutil.which("gcov"), shutil.which("sh")
    if gcov is None or shell is None:
        return ProbeReport(note="c: no gcov here, so no per-test coverage")
    base = adapter.prepare("c", place, tests)
    build = list(base.steps[0].argv)
    build[1:1] = ["--coverage", "-DTEMPER_COVERAGE"]
    folder = place.out / "cov"
    folder.mkdir(exist_ok=True)
    folder.chmod(0o777)  # the sandbox may run the tests as another user (Docker: nobody)
    tools = {*base.tools, Path(gcov).resolve().parent.parent, Path(shell).resolve().parent.parent}
    job = Job([Step(build, "build", stop_on_failure=True), *base.steps[1:],
               Step([shell, "-c", GCOV, "sh", str(place.run_dir), str(folder), gcov], "gcov")],
              env={**base.env, "TEMPER_COVERAGE_DIR": str(folder)}, tools=tuple(sorted(tools)),
              caches=dict(base.caches), address_space_factor=base.address_space_factor)
    started = time.monotonic()
    done = await chosen.run(job, place, scratch, budget + SLACK, limits, "c")
    if len(done) < 3 or done[0].exit_code != 0:
        why = "ran out of time" if done and done[-1].timed_out else "stopped" if done and \
            done[0].exit_code == 0 else "could not build the tests"
        return ProbeReport(note=f"c: the coverage run {why}")
    ran = _outcomes(done[1].stdout, set(names))
    covered: dict[str, set[tuple[str, int]]] = {}
    for name in ran:
        report = folder / name / "gcov.json"
        try:
            with report.open("rb") as handle:
                text = handle.read(REPORT_LIMIT).decode("utf-8", errors="replace")
        except OSError:
            continue
        covered[name] = _lines(text, lines, str(place.run_dir))
    outcomes = {name: ok for name, ok in ran.items() if name in covered}
    missing = len(names) - len(covered)
    note = f"c: per-test coverage of {len(covered)} tests in {time.monotonic() - started:.1f} s"
    if missing:
        note += f" ({missing} without counters: out of time or killed)"
    spectrum = ochiai(covered, outcomes, lines)
    if not repair:
        return ProbeReport(spectrum=spectrum, note=note + "; the repair search is off",
                           outcomes=outcomes)
    failing = [n for n in names if not ran.get(n, False)]
    search = list(base.steps[0].argv)
    search[1:1] = [f"-DTEMPER_TIMEOUT_SECONDS={TEST_SECONDS}"]
    found, said = await compiled_repair.search(
        chosen, place, scratch, "c", lines, compiled_repair.suspects(spectrum, lines, "c"),
        tests, search, shlex.join(base.steps[1].argv), base, failing,
        budget - (time.monotonic() - started), limits)
    return ProbeReport(spectrum=spectrum, note="; ".join(filter(None, (note, said))),
                       outcomes=outcomes, repair=found)


def _outcomes(stdout: str, names: set[str]) -> dict[str, bool]:
    """Test name -> passed, from the harness's JSON lines."""
    found: dict[str, bool] = {}
    for row in stdout.splitlines():
        if not row.startswith('{"name"'):
            continue
        try:
            record = json.loads(row)
        except ValueError:
            continue
        name = record.get("name")
        if name in names and not record.get("timeout"):
            found[name] = record.get("status") == "pass"
    return found


def _lines(text: str, learner: dict[str, list[str]], run_dir: str) -> set[tuple[str, int]]:
    """Learner lines with code that gcov counted at least once."""
    ran: set[tuple[str, int]] = set()
    for row in text.splitlines():
        try:
            data = json.loads(row)
        except ValueError:
            continue
        for entry in data.get("files", []) if isinstance(data, dict) else []:
            rel = str(entry.get("file", "")).removeprefix(run_dir.rstrip("/") + "/")
            rows = learner.get(rel.removeprefix("./"))
            if rows is None:
                continue
            for line in entry.get("lines", []):
                number, count = line.get("line_number", 0), line.get("count", 0)
                if count and counted_code(rows, number):
                    ran.add((rel.removeprefix("./"), number))
    return ran
