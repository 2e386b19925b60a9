"""Java localization: per-test line coverage with JaCoCo in the sandbox, scored with Ochiai.

One sandboxed job compiles the folder as the runner does, plus TemperCoverageListener.java, a
JUnit Platform listener; then runs the tests once in a JVM with JaCoCo's agent (Debian's
libjacoco-java), instrumenting only the learner's classes. The listener takes the agent's
counters after each test and, at the end, maps them to lines with JaCoCo's analyzer. Tests that
hung in the run are left out (selected by method), so one endless loop does not eat the budget.
JaCoCo counts a line once it ran to its end, so the stack frames of what a failing test threw
count as run too (the line that threw, and each call on the way to it)."""

from __future__ import annotations

import re
import shutil
import time
import zipfile
from pathlib import Path

from temper.faults.python import ProbeReport
from temper.faults.spectrum import counted_code, ochiai
from temper.runner import java as adapter
from temper.runner.backends import Backend
from temper.runner.coverage_tools import AGENT, ANALYSIS, JARS, jacoco_missing
from temper.runner.job import Job, Place, Step
from temper.runner.sandbox import Limits

SLACK = 3.0
KEEPS_HUNG = False  # a hung test is left out of the coverage run
HERE = Path(__file__).parent
LISTENER = HERE / "TemperCoverageListener.java"
SERVICE = "META-INF/services/org.junit.platform.launcher.TestExecutionListener"
REPORT_LIMIT = 4 << 20
ROW_LIMIT = 1 << 16  # lines read per test
# a method's or constructor's first line: JaCoCo counts a constructor's implicit super() there,
# but it runs exactly when the body does and holds no computation of its own
HEADER = re.compile(r"(?!(if|for|while|switch|catch|return|new|else|do|try)\b)"
                    r"(\w+\s+|<[^>]*>\s*|\w+(<[^>]*>)?(\[\])*\s+)*\w+\s*\([^;]*\)\s*"
                    r"(throws\s+[\w.,\s]+)?\{?$")


async def probe(chosen: Backend, place: Place, scratch: Path, lines: dict[str, list[str]],
                tests: list[str], names: list[str], budget: float,
                limits: Limits = Limits(), repair: bool = True) -> ProbeReport:
    """`lines`: the learner's files (relative path -> their lines); `names`: the run's tests;
    `repair` is taken as by the other probes, but Java has no repair search yet."""
    missing = jacoco_missing()
    if missing:
        return ProbeReport(note=f"java: no {missing}, so no per-test coverage")
    if not names:
        return ProbeReport(note="java: no test ran to completion, so no per-test coverage")
    base = adapter.prepare("java", place, tests)
    folder = place.out / "probe"
    classes = place.out / "classes"
    (classes / SERVICE).parent.mkdir(parents=True)
    classes.chmod(0o777)  # javac writes here as the sandbox's user (Docker: nobody)
    (classes / SERVICE).write_text("TemperCoverageListener\n", encoding="utf-8")
    folder.mkdir()
    shutil.copy(LISTENER, folder / LISTENER.name)
    with zipfile.ZipFile(AGENT) as packed, (folder / "jacocoagent.jar").open("wb") as agent:
        agent.write(packed.read("jacocoagent.jar"))
    analysis = [str(JARS / name) for name in ANALYSIS]
    build = list(base.steps[0].argv)
    where = build.index("-cp") + 1
    build[where] = ":".join([build[where], *analysis])
    build.append(str(folder / LISTENER.name))
    java = next(a for a in base.steps[1].argv if Path(a).name == "java")
    run = base.steps[1].argv
    launcher = run[run.index(java) + 1:]
    launcher[launcher.index("--class-path") + 1] = ":".join([str(classes), *analysis])
    launcher = [a for a in launcher if not a.startswith(("--select-class=", "--reports-dir"))
                and a != "--scan-class-path" and a != str(place.out / "report")]
    launcher[launcher.index("--details=verbose")] = "--details=none"
    learner = [adapter.class_name(place, rel) for rel in lines]
    includes = ":".join(p for name in learner for p in (name, f"{name}$*"))
    test = [java, f"-javaagent:{folder / 'jacocoagent.jar'}=output=none,includes={includes}",
            *launcher, *_selection(place, tests, names)]
    out = place.out / "coverage.tsv"
    job = Job([Step(build, "build", stop_on_failure=True), Step(test, "coverage")],
              env={**base.env, "TEMPER_COVERAGE_OUT": str(out),
                   "TEMPER_COVERAGE_CLASSES": str(classes)},
              tools=base.tools, caches=dict(base.caches),
              address_space_factor=base.address_space_factor)
    started = time.monotonic()
    done = await chosen.run(job, place, scratch, budget + SLACK, limits, "java")
    if len(done) < 2 or done[0].exit_code != 0:
        why = "ran out of time" if done and done[-1].timed_out else "could not build the tests"
        return ProbeReport(note=f"java: the coverage run {why}")
    try:
        with out.open("rb") as handle:
            text = handle.read(REPORT_LIMIT).decode("utf-8", errors="replace")
    except OSError:
        why = "ran out of time" if done[-1].timed_out else "ended before the tests finished"
        return ProbeReport(note=f"java: the coverage run {why}")
    covered, outcomes = _read(text, lines, set(names))
    note = f"java: per-test coverage of {len(covered)} tests in {time.monotonic() - started:.1f} s"
    if len(covered) < len(names):
        note += f" ({len(names) - len(covered)} without counters)"
    return ProbeReport(spectrum=ochiai(covered, outcomes, lines), note=note, outcomes=outcomes)


def _selection(place: Place, tests: list[str], names: list[str]) -> list[str]:
    """`--select-method=Class#name` for each test of the run, or the test classes when a name
    cannot be placed in one of them."""
    chosen = []
    for name in names:
        declared = re.compile(rf"\bvoid\s+{re.escape(name)}\s*\(")
        owners = [rel for rel in tests if declared.search(
            (place.workdir / rel).read_text(encoding="utf-8", errors="replace"))]
        if len(owners) != 1:
            return [f"--select-class={adapter.class_name(place, rel)}" for rel in tests]
        chosen.append(f"--select-method={adapter.class_name(place, owners[0])}#{name}")
    return chosen


def _read(text: str, lines: dict[str, list[str]], names: set[str]
          ) -> tuple[dict[str, set[tuple[str, int]]], dict[str, bool]]:
    """The listener's rows -> (test -> learner lines with code it ran, test -> passed); the
    invocations of one parameterized test are merged (ran any, passed all)."""
    covered: dict[str, set[tuple[str, int]]] = {}
    outcomes: dict[str, bool] = {}
    for row in text.splitlines():
        fields = row.split("\t")
        if len(fields) < 2 or fields[0] not in ("pass", "fail") or fields[1] not in names:
            continue
        name = fields[1]
        outcomes[name] = outcomes.get(name, True) and fields[0] == "pass"
        ran = covered.setdefault(name, set())
        for spot in fields[2:ROW_LIMIT]:
            path, _, number = spot.rpartition(":")
            rel = _learner_file(path, lines)
            line = int(number) if number.isdigit() else 0
            rows = lines.get(rel or "") or []
            code = counted_code(rows, line)
            if rel and code and not HEADER.match(code):
                ran.add((rel, line))
    return covered, outcomes


def _learner_file(path: str, lines: dict[str, list[str]]) -> str | None:
    """The learner's file a class file's source path names (`pkg/File.java`), also when the
    folders do not follow the package (javac does not ask them to)."""
    found = [rel for rel in lines if rel == path or rel.endswith("/" + path)]
    if not found:
        name = path.rsplit("/", 1)[-1]
        found = [rel for rel in lines if rel.rsplit("/", 1)[-1] == name]
    return found[0] if len(found) == 1 else None
