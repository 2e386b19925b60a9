"""Python localization: one sandboxed child runs `python_probe.py` over a copy of the folder,
the same way a normal run is contained (the same backend, limits and confinement)."""

from __future__ import annotations

import ast
import json
import shutil
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from temper.core.localization import Repair
from temper.runner import python as adapter
from temper.runner.backends import Backend
from temper.runner.job import Completed, Job, Place, Step
from temper.runner.sandbox import Limits

HERE = Path(__file__).parent
PROBE_FILES = ("python_probe.py", "python_edits.py", "python_search.py")
TEST_LIMIT = 1.0  # seconds per test while collecting coverage (the run found the endless ones)
SEARCHED_LINES = 10  # the search is fast: a candidate costs milliseconds
CONFIRM = 0.3  # seconds kept for the last candidate's confirming runs
SLACK = 3.0  # seconds the child gets beyond its own budget (interpreter start, pytest import)


@dataclass
class ProbeReport:
    spectrum: dict[tuple[str, int], float] = field(default_factory=dict)
    values: dict[str, list[dict[str, str]]] = field(default_factory=dict)
    value_test: str | None = None
    repair: Repair | None = None
    tried: int = 0
    note: str = ""
    outcomes: dict[str, bool] = field(default_factory=dict)  # test name -> passed in the probe
    unsteady: bool = False  # results changed from run to run


def test_literals(workdir: Path, tests: list[str]) -> list:
    """Every constant the tests write: a repair may not compare the learner's names with them."""
    found: list = []
    for rel in tests:
        try:
            tree = ast.parse((workdir / rel).read_text(encoding="utf-8"))
        except (OSError, SyntaxError, UnicodeDecodeError, ValueError):
            continue
        found += [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant)
                  and isinstance(n.value, (int, float, str)) and not isinstance(n.value, bool)]
    return list(dict.fromkeys(found))[:500]


def job(place: Place, config: dict) -> Job:
    probe = place.out / "probe"
    probe.mkdir(exist_ok=True)
    for name in PROBE_FILES:
        shutil.copy(HERE / name, probe / name)
    (place.out / "config.json").write_text(json.dumps(config), encoding="utf-8")
    prefixes = {Path(p).resolve() for p in (sys.prefix, sys.base_prefix, sys.exec_prefix)}
    return Job([Step([sys.executable, str(probe / "python_probe.py"),
                      str(place.out / "config.json")])],
               env={"PYTHONPATH": str(probe), "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"},
               tools=tuple(sorted(prefixes)))


async def probe(chosen: Backend, place: Place, scratch: Path, learner: list[str],
                tests: list[str], first_failing: str | None, budget: float, repair: bool,
                boosts: dict[str, float], limits: Limits = Limits(),
                hung: tuple[str, ...] = ()) -> ProbeReport:
    config = {"learner": learner, "tests": tests, "first_failing": first_failing,
              "budget": budget, "deadline": time.time() + budget - CONFIRM, "repair": repair,
              "boost": boosts, "lines": SEARCHED_LINES,
              "test_limit": TEST_LIMIT, "test_literals": test_literals(place.workdir, tests),
              "report": str(place.out / "report.json"), "hung": list(hung)}
    done = await chosen.run(job(place, config), place, scratch, budget + SLACK + TEST_LIMIT,
                            limits, "python")
    return read_report(place.out / "report.json", done)


def read_report(path: Path, done: list[Completed]) -> ProbeReport:
    """The report a sandboxed probe script wrote (Python's or node_probe.py), or a note on why
    there is none."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        last = done[-1] if done else None
        why = "ran out of time" if last is not None and last.timed_out else \
            f"stopped ({(last.stderr or last.stdout).strip()[-300:] if last else 'no output'})"
        return ProbeReport(note=f"the fault probe {why}")
    found = data.get("repair")
    return ProbeReport(
        spectrum={(p, int(line)): float(s) for p, line, s in data.get("scores", [])},
        values=data.get("values") or {}, value_test=data.get("value_test"),
        repair=Repair(found["path"], int(found["line"]), found["kind"], found["original"],
                      found["replacement"], tuple(found.get("fixes") or ())) if found else None,
        tried=int(data.get("tried", 0)), note=data.get("note", ""),
        outcomes={str(k): bool(v) for k, v in (data.get("outcomes") or {}).items()},
        unsteady=bool(data.get("unsteady")))


def split(files: list[str], given_tests: list[str] | None) -> tuple[list[str], list[str]]:
    tests = list(given_tests or [f for f in files if adapter.is_test(f)])
    learner = [f for f in files if f not in tests and not adapter.is_test(f)]
    return learner, tests
