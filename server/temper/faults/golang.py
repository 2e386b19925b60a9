"""Go localization: per-test line coverage in the sandbox, scored with Ochiai.

One sandboxed job builds the test binary once with coverage (`go test -c -cover
-covermode=set -coverpkg=./...`), then runs each test of the run alone
(`-test.run '^TestX$/^case$'`, `-test.coverprofile`). The profiles are plain text, read here:
`<module>/<file>.go:startLine.col,endLine.col statements count` blocks become the learner lines
each test ran. With the budget left, small edits of the top lines are built (`go test -c`) and
their tests run in a second sandboxed job (faults/compiled_repair.py): one that makes every test
pass twice is the repair."""

from __future__ import annotations

import re
import shlex
import time
from pathlib import Path

from temper.faults import compiled_repair
from temper.faults.python import ProbeReport
from temper.faults.spectrum import counted_code, ochiai
from temper.runner import golang as adapter
from temper.runner.backends import Backend
from temper.runner.job import Job, Place, Step
from temper.runner.sandbox import Limits

TEST_LIMIT = "3s"  # one test's own limit inside the test binary
SEARCH_LIMIT = "300ms"  # the whole test binary's limit in the repair search (an edit may loop)
SLACK = 3.0
KEEPS_HUNG = False  # a test that hangs writes no profile
MODULE = re.compile(r"^module\s+(\S+)", re.MULTILINE)
BLOCK = re.compile(r"^(?P<file>.+\.go):(?P<start>\d+)\.\d+,(?P<end>\d+)\.\d+ \d+ (?P<count>\d+)$")


def run_pattern(name: str) -> str:
    """`-test.run` pattern for one test or subtest (each level anchored)."""
    return "/".join(f"^{re.escape(part)}$" for part in name.split("/"))


async def probe(chosen: Backend, place: Place, scratch: Path, lines: dict[str, list[str]],
                tests: list[str], names: list[str], budget: float,
                limits: Limits = Limits(), repair: bool = True) -> ProbeReport:
    """`lines`: the learner's files (relative path -> their lines); `names`: the run's tests;
    `repair`: whether to search for a small repair with the budget left."""
    folders = {str(Path(t).parent) for t in tests}
    if len(folders) != 1 or not names:
        return ProbeReport(note="go: per-test coverage needs the tests in one package")
    folder = folders.pop()
    module = _module(place.workdir)
    if module is None:
        return ProbeReport(note="go: no module path in go.mod, so no per-test coverage")
    base = adapter.prepare("go", place, tests)
    go = base.steps[0].argv[0]
    binary = place.out / "probe.test"
    target = "." if folder == "." else "./" + folder
    steps = [Step([go, "test", "-c", "-cover", "-covermode=set", "-coverpkg=./...",
                   "-o", str(binary), target], "build", stop_on_failure=True)]
    for number, name in enumerate(names):
        steps.append(Step([str(binary), "-test.run", run_pattern(name), "-test.timeout",
                           TEST_LIMIT, "-test.coverprofile",
                           str(place.out / f"cov-{number}.out")], name))
    job = Job(steps, env=dict(base.env), tools=base.tools, caches=dict(base.caches),
              address_space_factor=base.address_space_factor)
    started = time.monotonic()
    done = await chosen.run(job, place, scratch, budget + SLACK, limits, "go")
    if not done or done[0].exit_code != 0:
        why = "ran out of time" if done and done[0].timed_out else "could not build the tests"
        return ProbeReport(note=f"go: the coverage build {why}")
    prefix = module.rstrip("/") + "/"
    covered: dict[str, set[tuple[str, int]]] = {}
    outcomes: dict[str, bool] = {}
    for number, (name, completed) in enumerate(zip(names, done[1:])):
        if completed.timed_out or completed.exit_code is None:
            continue
        profile = place.out / f"cov-{number}.out"
        try:
            text = profile.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        outcomes[name] = completed.exit_code == 0
        covered[name] = _lines(text, prefix, lines)
    missing = len(names) - len(covered)
    note = f"go: per-test coverage of {len(covered)} tests in {time.monotonic() - started:.1f} s"
    if missing:
        note += f" ({missing} without a profile: out of time or crashed)"
    spectrum = ochiai(covered, outcomes, lines)
    if not repair:
        return ProbeReport(spectrum=spectrum, note=note + "; the repair search is off",
                           outcomes=outcomes)
    failing = [n for n in names if not outcomes.get(n, False)]
    candidate = place.out / "edit.test"
    build = [go, "test", "-c", "-vet=off", "-gcflags=-l", "-ldflags=-s -w", "-o", str(candidate),
             target]
    run = f"(cd {shlex.quote(folder)} && {shlex.quote(str(candidate))} -test.count=1 " \
          f"-test.timeout={SEARCH_LIMIT})"
    found, said = await compiled_repair.search(
        chosen, place, scratch, "go", lines, compiled_repair.suspects(spectrum, lines, "go"),
        tests, build, run, base, failing, budget - (time.monotonic() - started), limits)
    return ProbeReport(spectrum=spectrum, note="; ".join(filter(None, (note, said))),
                       outcomes=outcomes, repair=found)


def _module(workdir: Path) -> str | None:
    try:
        found = MODULE.search((workdir / "go.mod").read_text(encoding="utf-8", errors="replace"))
    except OSError:
        return None
    return found[1].strip('"') if found else None


def _lines(profile: str, prefix: str, learner: dict[str, list[str]]) -> set[tuple[str, int]]:
    """Learner lines with code that a profile's executed blocks span."""
    ran: set[tuple[str, int]] = set()
    for row in profile.splitlines():
        match = BLOCK.match(row.strip())
        if not match or match["count"] == "0" or not match["file"].startswith(prefix):
            continue
        rows = learner.get(match["file"][len(prefix):])
        if rows is None:
            continue
        for line in range(int(match["start"]), int(match["end"]) + 1):
            if counted_code(rows, line):
                ran.add((match["file"][len(prefix):], line))
    return ran
