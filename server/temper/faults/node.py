"""JavaScript and TypeScript localization: one sandboxed child runs `node_probe.py`, which runs
each test alone with NODE_V8_COVERAGE (per-test line coverage; a test that never ends through
`node_probe_hang.cjs`) and tries small edits of the top lines, re-running the tests in that same
sandbox."""

from __future__ import annotations

import json
import shutil
import sys
import time
from pathlib import Path

from temper.faults.python import ProbeReport, read_report
from temper.runner import node as adapter
from temper.runner.backends import Backend
from temper.runner.job import Job, Place, Step
from temper.runner.sandbox import Limits

HERE = Path(__file__).parent
TEST_LIMIT = 5.0  # seconds for one test's own node process
RUN_LIMIT = 8.0  # seconds for a whole run of a candidate
SLACK = 3.0
SEARCHED_LINES = 6  # a candidate is a whole test run here
HANG_MS = 500  # a test the run saw hang: its coverage is taken after this long


async def probe(chosen: Backend, place: Place, scratch: Path, language: str, learner: list[str],
                tests: list[str], names: list[str], budget: float, repair: bool,
                boosts: dict[str, float], limits: Limits = Limits()) -> ProbeReport:
    base = adapter.prepare(language, place, tests)
    argv = base.steps[0].argv  # [wrapper…,] node, flags…, --test, reporter…, [--,] files
    at = argv.index("--test")
    binary = max(i for i, a in enumerate(argv[:at]) if Path(a).name.startswith("node")
                 and not a.endswith((".py", ".cjs", ".mjs", ".js")))
    flags = argv[binary + 1:at]
    folder = place.out / "probe"
    folder.mkdir(exist_ok=True)
    for script in ("node_probe.py", "node_probe_hang.cjs", "node_probe_cover.cjs"):
        shutil.copy(HERE / script, folder / script)
    config = {"node": argv[binary], "flags": flags, "tests": tests, "names": names,
              "learner": learner, "deadline": time.time() + budget, "repair": repair,
              "boost": boosts, "lines": SEARCHED_LINES, "test_limit": TEST_LIMIT,
              "run_limit": RUN_LIMIT, "hang_ms": HANG_MS, "report": str(place.out / "report.json")}
    (place.out / "config.json").write_text(json.dumps(config), encoding="utf-8")
    prefixes = {Path(p).resolve() for p in (sys.prefix, sys.base_prefix, sys.exec_prefix)}
    job = Job([Step([sys.executable, str(folder / "node_probe.py"),
                     str(place.out / "config.json")])], env=dict(base.env),
              tools=tuple(sorted({*base.tools, *prefixes})),
              address_space_factor=base.address_space_factor)
    done = await chosen.run(job, place, scratch, budget + SLACK + TEST_LIMIT, limits, language)
    return read_report(place.out / "report.json", done)
