"""The repair search of the compiled languages (C, Go): small edits of the top lines, each one
built and tested in one sandboxed job, the first that makes every test pass twice is the repair.

The edits (faults/text_edits.py) are written to out/edits/ beforehand; one `sh` loop inside the
sandbox copies each over the learner's file, builds, runs the tests, and on a pass runs them a
second time (the confirmation), then writes the edit's number to out/edits/found and stops. The
job's time limit is what is left of the budget: a search cut short finds nothing."""

from __future__ import annotations

import re
import shlex
import shutil
import time
from pathlib import Path

from temper.core.localization import Repair
from temper.faults import text_edits
from temper.runner.backends import Backend
from temper.runner.job import Job, Place, Step
from temper.runner.sandbox import Limits

MAX_LINES = 12
MAX_EDITS = 200
LEAST = 0.3  # seconds: with less left, no search
DECIDES = re.compile(r"^\s*(?:\}\s*else\s+)?(?:if|while|for|return|switch)\b")
LOOP_HEAD = re.compile(r"^\s*(?:for|while)\b")
LOOP = r'''E=$1; B=$2; T=$3; i=0
while [ -f "$E/$i.src" ]; do
  rel=$(cat "$E/$i.path")
  cp "$E/$i.src" "$rel" || exit 3
  echo "$i" > "$E/tried"
  if eval "$B" >/dev/null 2>&1 && eval "$T" >/dev/null 2>&1 && eval "$T" >/dev/null 2>&1; then
    echo "$i" > "$E/found"
    exit 0
  fi
  cp "$E/$i.orig" "$rel"
  i=$((i+1))
done'''


def suspects(spectrum: dict[tuple[str, int], float], lines: dict[str, list[str]],
             language: str) -> list[tuple[str, int]]:
    """The lines to edit, most suspicious first: by score, among ties a line that decides or
    gives back first, then in file order; with no spectrum (no failing test left coverage: it
    hung or crashed) every line of code, the lines of loops first."""
    keys = [k for k, score in spectrum.items() if score > 0]
    looping: set[tuple[str, int]] = set()
    if not keys:  # the failing tests left no coverage: they hung or crashed, likeliest in a loop
        keys = [(rel, n) for rel, rows in lines.items() for n in range(1, len(rows) + 1)]
        looping = {(rel, n) for rel, rows in lines.items() for n in in_loops(rows)}

    def code(key: tuple[str, int]) -> str:
        rows = lines.get(key[0], [])
        return rows[key[1] - 1] if 0 < key[1] <= len(rows) else ""

    keys = [k for k in keys if text_edits.line_edits(code(k), language)]
    return sorted(keys, key=lambda k: (-spectrum.get(k, 0.0), k not in looping,
                                       not DECIDES.match(code(k)), k))[:MAX_LINES]


def in_loops(rows: list[str]) -> set[int]:
    """Line numbers of loops (`for`, `while`) and their bodies, by braces."""
    found: set[int] = set()
    for start, row in enumerate(rows, 1):
        if not LOOP_HEAD.match(row):
            continue
        depth, opened = 0, False
        for number in range(start, len(rows) + 1):
            found.add(number)
            text = rows[number - 1]
            depth += text.count("{") - text.count("}")
            opened = opened or "{" in text
            if opened and depth <= 0 or not opened and number > start and \
                    text.rstrip().endswith(";"):
                break
    return found


async def search(chosen: Backend, place: Place, scratch: Path, language: str,
                 lines: dict[str, list[str]], ranked: list[tuple[str, int]], tests: list[str],
                 build: list[str], test: str, job: Job, failing: list[str], budget: float,
                 limits: Limits) -> tuple[Repair | None, str]:
    """`tests`: the test files (never edited; an edit never moves a constant onto a number
    they use); `build`: the argv that builds the tests; `test`: a shell command that runs them
    (exit 0 when all pass); `job`: the env, tools and caches to run with.
    (repair or None, a note)."""
    shell = shutil.which("sh")
    if budget < LEAST or not ranked or shell is None:
        return None, "" if budget >= LEAST else "no time left for a repair search"
    sources = {rel: (place.workdir / rel).read_text(encoding="utf-8", errors="replace")
               for rel in lines}
    test_texts = []
    for rel in tests:
        try:
            test_texts.append((place.workdir / rel).read_text(encoding="utf-8",
                                                              errors="replace"))
        except OSError:
            continue
    edits = list(text_edits.candidates(sources, ranked, language,
                                       text_edits.numbers_in(test_texts)))[:MAX_EDITS]
    if not edits:
        return None, ""
    folder = place.out / "edits"
    folder.mkdir(exist_ok=True)
    folder.chmod(0o777)
    for number, edit in enumerate(edits):
        original = place.workdir / edit.path
        (folder / f"{number}.src").write_text(edit.source, encoding="utf-8")
        (folder / f"{number}.path").write_text(edit.path, encoding="utf-8")
        shutil.copy(original, folder / f"{number}.orig")
    tools = {*job.tools, Path(shell).resolve().parent.parent}
    steps = [Step([shell, "-c", LOOP, "sh", str(folder), shlex.join(build), test], "repair")]
    started = time.monotonic()
    await chosen.run(Job(steps, env=dict(job.env), tools=tuple(sorted(tools)),
                         caches=dict(job.caches), address_space_factor=job.address_space_factor),
                     place, scratch, budget, limits, language)
    took = time.monotonic() - started
    tried = _number(folder / "tried")
    found = _number(folder / "found")
    count = 0 if tried is None else tried + 1
    if found is not None and 0 <= found < len(edits):
        edit = edits[found]
        return Repair(edit.path, edit.line, edit.kind, edit.original, edit.replacement,
                      tuple(failing)), f"{count} edit(s) tried in {took:.1f} s"
    if count < len(edits):
        return None, f"the repair search ran out of its time budget after {count} edit(s)"
    return None, f"no small edit of the top lines makes the tests pass ({count} tried)"


def _number(path: Path) -> int | None:
    try:
        return int(path.read_text(encoding="utf-8").strip())
    except (OSError, ValueError):
        return None
