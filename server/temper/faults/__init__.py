"""Fault localization: which of the learner's lines is most likely at fault after a failing run.

`localize` copies the folder, and for Python runs one sandboxed probe (per-test coverage, the
Ochiai spectrum, values seen on the lines, and a bounded search for a small repair, every
candidate run inside that sandbox); for a catalog exercise it also aligns the learner's files
with the reference solution. JavaScript/TypeScript get per-test coverage and a repair search
(faults/node.py); Go and C per-test coverage and a repair search of text edits, each candidate
built and tested in the sandbox (golang.py, c.py, compiled_repair.py); Rust and Java per-test
coverage ranking (rust.py, java.py). See docs/localization.md. Cancelling the awaiting task
kills the probe.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from temper.core.localization import Localization
from temper.core.results import RunResult, Status
from temper.faults import c as c_probe
from temper.faults import golang as go_probe
from temper.faults import java as java_probe
from temper.faults import node as node_probe
from temper.faults import python as python_probe
from temper.faults import ranking
from temper.faults import rust as rust_probe
from temper.faults.reference import differing_lines
from temper.runner import backends
from temper.runner.run import LANGUAGES, _files
from temper.runner.sandbox import Limits, copy_workspace

DEFAULT_BUDGET = 4.0
# per-test coverage probes of the compiled languages, all with the same `probe(...)` signature
# (`repair`: whether to search for a small repair too; Rust and Java have no search yet)
COMPILED = {"go": go_probe, "c": c_probe, "rust": rust_probe, "java": java_probe}

__all__ = ["DEFAULT_BUDGET", "localize"]


async def localize(folder: Path, language: str, result: RunResult, *,
                   budget_seconds: float = DEFAULT_BUDGET, backend: str | None = None,
                   repair: bool = True, reference: dict[str, str] | None = None,
                   overlays: dict[str, str] | None = None, test_files: list[str] | None = None,
                   limits: Limits = Limits()) -> Localization:
    """Rank the learner's lines for the failing tests of `result` (a run of `folder`)."""
    started = time.monotonic()
    spec = LANGUAGES.get(language)
    if spec is None:
        return Localization(note=f"no localization for {language}")
    if result.status is not Status.FAIL or not result.failed:
        return Localization(note="nothing to localize: " + (
            "every test passes" if result.status is Status.PASS else
            "the tests did not run (" + (result.message or "error") + ")"))
    setting = backend or os.environ.get("TEMPER_RUNNER") or "auto"
    chosen = await backends.choose(setting)
    if isinstance(chosen, str):
        return Localization(note=chosen)
    scratch = Path(tempfile.mkdtemp(prefix="temper-faults-", dir=chosen.scratch_parent()))
    try:
        workdir, out = scratch / "work", scratch / "out"
        out.mkdir()
        await asyncio.to_thread(copy_workspace, folder, workdir, overlays)
        place = chosen.place(scratch, workdir, out)
        files = _files(workdir, spec)
        tests = list(test_files or [f for f in files if spec.adapter.is_test(f)])
        learner = [f for f in files if f not in tests and not spec.adapter.is_test(f)]
        lines = {rel: (workdir / rel).read_text(encoding="utf-8", errors="replace").splitlines()
                 for rel in learner}
        boosts = ranking.fact_boosts(result, set(learner), lines)
        aligned = _reference(lines, reference or {}, language)
        spectrum, values, test, found, note = {}, (), None, None, ""
        if language == "python":
            first = result.first_failure.name if result.first_failure else None
            extra = {f"{p}:{n}": w + ranking.REFERENCE_WEIGHT * aligned.get((p, n), 0.0)
                     for (p, n), w in {**dict.fromkeys(aligned, 0.0), **boosts}.items()}
            budget = max(0.5, budget_seconds - (time.monotonic() - started))
            report = await python_probe.probe(chosen, place, scratch, learner, tests, first,
                                              budget, repair, extra, limits,
                                              tuple(t.name for t in result.hung))
            spectrum, found, note, test = report.spectrum, report.repair, report.note, \
                report.value_test
            ran = {t.name: t.status is Status.PASS for t in result.tests}
            if report.unsteady or any(ran.get(name, ok) != ok
                                      for name, ok in report.outcomes.items()):
                spectrum, found, test = {}, None, None
                note = report.note if report.unsteady else (
                    "the tests' results changed between the run and the probe (time or "
                    "chance?), so no line is located")
                boosts, aligned = {}, {}
            suspects, method = ranking.rank(spectrum, boosts, aligned, lines)
            if suspects:
                top = found.line if found else suspects[0].line
                path = found.path if found else suspects[0].path
                code = ranking.code_at(lines, path, top)
                values = ranking.values_on(code, report.values.get(f"{path}:{top}", []),
                                           report.values.get(f"{path}:{top}:return", []))
        elif language in ("javascript", "typescript"):
            extra = {f"{p}:{n}": w + ranking.REFERENCE_WEIGHT * aligned.get((p, n), 0.0)
                     for (p, n), w in {**dict.fromkeys(aligned, 0.0), **boosts}.items()}
            budget = max(0.5, budget_seconds - (time.monotonic() - started))
            names = [t.name for t in result.tests if not t.hung]
            report = await node_probe.probe(chosen, place, scratch, language, learner, tests,
                                            names, budget, repair, extra, limits)
            spectrum, found, note = report.spectrum, report.repair, report.note
            suspects, method = ranking.rank(spectrum, boosts, aligned, lines)
        elif language in COMPILED:
            budget = max(0.5, budget_seconds - (time.monotonic() - started))
            compiled = COMPILED[language]
            # a C test that hangs is stopped with its counters kept; the others write none
            names = [t.name for t in result.tests if compiled.KEEPS_HUNG or not t.hung]
            report = await compiled.probe(chosen, place, scratch, lines, tests, names, budget,
                                          limits, repair)
            spectrum, note, found = report.spectrum, report.note, report.repair
            if found is not None:  # every test passes with it, the ones that hung here too
                found = replace(found, fixes=tuple(t.name for t in result.tests
                                                   if t.status is not Status.PASS))
            ran = {t.name: t.status is Status.PASS for t in result.tests}
            if any(ran.get(name, ok) != ok for name, ok in report.outcomes.items()):
                spectrum, boosts, aligned, found = {}, {}, {}, None
                note = ("the tests' results changed between the run and the probe (time or "
                        "chance?), so no line is located")
            suspects, method = ranking.rank(spectrum, boosts, aligned, lines)
        else:
            suspects, method = ranking.rank({}, boosts, aligned, lines)
            note = f"{language}: ranked by the failing tests' frames" + (
                " and the reference solution" if aligned else "") + "; no coverage probe yet"
        shown = [s for s in ranking.rank({}, {}, aligned, lines)[0]]
        return ranking.finish(suspects, method, found, values, test,
                              time.monotonic() - started, note, shown)
    finally:
        await asyncio.to_thread(shutil.rmtree, scratch, True)


def _reference(lines: dict[str, list[str]], reference: dict[str, str], language: str
               ) -> dict[tuple[str, int], float]:
    found: dict[tuple[str, int], float] = {}
    for rel, solution in reference.items():
        if rel in lines:
            for line, weight in differing_lines("\n".join(lines[rel]), solution,
                                                language).items():
                found[(rel, line)] = weight
    return found
