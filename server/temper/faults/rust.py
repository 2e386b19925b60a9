"""Rust localization: per-test line coverage with LLVM's source-based coverage, scored with Ochiai.

One sandboxed job builds the test binaries once with `-C instrument-coverage` (cargo as the
runner calls it, `--no-run`, in a target folder of its own so the plain build stays warm), then
runs each test of the run alone through cargo (`-- --exact <name>`, under coreutils' `timeout`,
so a test that hangs is stopped after the runner's per-test limit), each binary writing its
counters to `LLVM_PROFILE_FILE` under out/. In the same step `llvm-profdata merge` indexes that
test's counters and `llvm-cov export -format=lcov` turns them, with the coverage mappings of the
binaries cargo named, into the lines the test ran (`DA:<line>,<count>`).

rustc's raw profile and coverage mapping formats are read by LLVM 19 and newer (Debian's
`llvm-19`; scripts/install-runtimes installs it); rustup's llvm-tools component, when present,
matches rustc's LLVM exactly and goes first."""

from __future__ import annotations

import json
import re
import shutil
import time
from pathlib import Path

from temper.faults.python import ProbeReport
from temper.faults.spectrum import DECIDES, counted_code, ochiai
from temper.runner import rust as adapter
from temper.runner.backends import Backend
from temper.runner.coverage_tools import OLDEST_LLVM, llvm_tools
from temper.runner.job import Job, Place, Step
from temper.runner.sandbox import Limits

SLACK = 3.0
KEEPS_HUNG = False  # a test binary killed for hanging writes no counters
REPORT_LIMIT = 8 << 20  # bytes of lcov read per test
RUST_DECIDES = re.compile(r"(match|loop)\b")
# a function's first line: llvm-cov counts it with the body, but no fault can run there
SIGNATURE = re.compile(r'(pub(\([^)]*\))?\s+)?((const|async|unsafe|extern\s+"[^"]*")\s+)*fn\s.*\{$')
# $1 out/, $2 the test's number, $3 llvm-profdata, $4 llvm-cov, then cargo's argv for the test.
# The test binaries are the `"executable"` paths of cargo's own artifact messages (fresh or not).
ONE_TEST = r'''out=$1 n=$2 profdata=$3 cov=$4
shift 4
LLVM_PROFILE_FILE="$out/cov-$n-%m.profraw" "$@" > "$out/run-$n.json"
code=$?
cat "$out/run-$n.json"
sed -n 's/.*"executable":"\([^"]*\)".*/\1/p' "$out/run-$n.json" > "$out/objects-$n"
set --
while IFS= read -r object; do set -- "$@" -object "$object"; done < "$out/objects-$n"
if [ $# -gt 0 ] && "$profdata" merge -sparse -o "$out/cov-$n.profdata" "$out"/cov-$n-*.profraw
then "$cov" export -format=lcov -instr-profile="$out/cov-$n.profdata" "$@" \
  > "$out/cov-$n.lcov" 2>/dev/null
fi
exit $code
'''


async def probe(chosen: Backend, place: Place, scratch: Path, lines: dict[str, list[str]],
                tests: list[str], names: list[str], budget: float,
                limits: Limits = Limits(), repair: bool = True) -> ProbeReport:
    """`lines`: the learner's files (relative path -> their lines); `names`: the run's tests;
    `repair` is taken as by the other probes, but Rust has no repair search yet."""
    found, shell, timeout = llvm_tools(), shutil.which("sh"), shutil.which("timeout")
    if found is None or shell is None or timeout is None:
        return ProbeReport(note=f"rust: no llvm-profdata/llvm-cov (LLVM {OLDEST_LLVM} or "
                                "later) here, so no per-test coverage")
    if not names:
        return ProbeReport(note="rust: no test to run alone")
    profdata, cov = found
    base = adapter.prepare("rust", place, tests)
    argv = base.steps[0].argv
    cargo, libtest = argv[:argv.index("--")], argv[argv.index("--"):]
    # no watchdog as target runner (an interpreter start per test binary): coreutils' timeout
    # stops a test that hangs, with its process group
    at = cargo.index("--config")
    alone = [timeout, "-s", "KILL", str(adapter.TEST_TIMEOUT), *cargo[:at], *cargo[at + 2:]]
    steps = [Step([*cargo, "--no-run"], "build", stop_on_failure=True)]
    for number, name in enumerate(names):
        steps.append(Step([shell, "-c", ONE_TEST, "sh", str(place.out), str(number), profdata,
                           cov, *alone, *libtest, "--exact", name], name))
    tools_used = {*base.tools, *(Path(t).resolve().parent.parent
                                 for t in (profdata, cov, shell, timeout))}
    caches = {"CARGO_TARGET_DIR": "cargo-coverage/" + Path(adapter.target_cache(place)).name}
    job = Job(steps, env={**base.env, "RUSTFLAGS": "-C instrument-coverage",
                          # counters of anything else instrumented (a build script) go here
                          "LLVM_PROFILE_FILE": str(place.out / "other-%m.profraw")},
              tools=tuple(sorted(tools_used)), caches=caches,
              address_space_factor=base.address_space_factor)
    started = time.monotonic()
    done = await chosen.run(job, place, scratch, budget + SLACK, limits, "rust")
    if not done or done[0].exit_code != 0:
        why = "ran out of time" if done and done[0].timed_out else "could not build the tests"
        return ProbeReport(note=f"rust: the coverage build {why}")
    covered: dict[str, set[tuple[str, int]]] = {}
    outcomes: dict[str, bool] = {}
    for number, (name, completed) in enumerate(zip(names, done[1:])):
        if completed.timed_out or completed.exit_code is None:
            continue
        passed = _outcome(completed.stdout, name)
        try:
            with (place.out / f"cov-{number}.lcov").open("rb") as handle:
                text = handle.read(REPORT_LIMIT).decode("utf-8", errors="replace")
        except OSError:
            continue
        if passed is None or not text:
            continue
        outcomes[name] = passed
        covered[name] = _lines(text, lines)
    refused = [row for completed in done[1:] for row in completed.stderr.splitlines()
               if "profile" in row and ("error" in row or "unsupported" in row)]
    if not covered and refused:  # tools older than rustc's LLVM
        return ProbeReport(note=f"rust: {Path(profdata).name} could not read the counters "
                                f"({refused[0].strip()})")
    missing = len(names) - len(covered)
    note = f"rust: per-test coverage of {len(covered)} tests in {time.monotonic() - started:.1f} s"
    if missing:
        note += f" ({missing} without counters: out of time, hung or crashed)"
    spectrum = {key: score + 0.001 * _decides(lines, key)
                for key, score in ochiai(covered, outcomes, lines).items()}
    return ProbeReport(spectrum=spectrum, note=note, outcomes=outcomes)


def _decides(lines: dict[str, list[str]], key: tuple[str, int]) -> bool:
    """Rust's forms of the lines `spectrum.ochiai` puts first among equals (`if`, `while`,
    `switch`, `case`, `return`): `match`, `loop`, a match arm (`pattern =>`) and a block's tail
    expression (no `;`, the block's `}` next), which gives the value back."""
    rows = lines.get(key[0]) or []
    code = rows[key[1] - 1].strip() if 0 < key[1] <= len(rows) else ""
    if not code or code.startswith("//") or DECIDES.match(code):
        return False  # ochiai already counted it
    if RUST_DECIDES.match(code) or "=>" in code:
        return True
    if code.endswith((";", "{", "}", ",")):
        return False
    after = next((row.strip() for row in rows[key[1]:] if row.strip()), "")
    return after.startswith("}")


def _outcome(stdout: str, name: str) -> bool | None:
    """Whether the test passed, from libtest's JSON events (None: it did not run, or hung)."""
    result = None
    for row in stdout.splitlines():
        if not row.startswith("{"):
            continue
        try:
            event = json.loads(row)
        except ValueError:
            continue
        if not isinstance(event, dict) or event.get("type") != "test" \
                or event.get("name") != name:
            continue
        if event.get("temper_timeout"):
            return None
        if event.get("event") == "failed":
            result = False
        elif event.get("event") == "ok" and result is None:
            result = True
    return result


def _learner_path(source: str, learner: dict[str, list[str]]) -> str | None:
    """The learner file a coverage path names: the mapping keeps the absolute path of the
    folder that built it, which for a build reused from the cache is an earlier run's copy."""
    best = None
    for rel in learner:
        if (source == rel or source.endswith("/" + rel)) and (best is None or len(rel) > len(best)):
            best = rel
    return best


def _lines(text: str, learner: dict[str, list[str]]) -> set[tuple[str, int]]:
    """Learner lines with code that llvm-cov counted at least once (lcov's SF/DA records)."""
    ran: set[tuple[str, int]] = set()
    rel: str | None = None
    for row in text.splitlines():
        if row.startswith("SF:"):
            rel = _learner_path(row[3:].strip(), learner)
        elif row.startswith("DA:") and rel is not None:
            number_text, _, count_text = row[3:].partition(",")
            try:
                number, count = int(number_text), int(count_text.split(",")[0])
            except ValueError:
                continue
            rows = learner[rel]
            code = counted_code(rows, number)
            if count and code and not SIGNATURE.match(code):
                ran.add((rel, number))
        elif row == "end_of_record":
            rel = None
    return ran
