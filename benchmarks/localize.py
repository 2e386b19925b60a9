"""Fault localization over three sets of buggy programs, through the real runner and sandbox.

    python benchmarks/localize.py [--sets mutants,bugs,quixbugs] [--languages python,go]
                                  [--mutants 6] [--budget 4] [--json out.json]

(a) mutants: one-line mutants (an operator or a constant changed) of catalog reference solutions
    in every language, at most --mutants per language (Python: three times as many), spread over
    the exercises; only mutants that make some test fail and still build count. Localized as the
    coach does in the editor, with the reference solution, and again without it (the reference
    is the unmutated solution, so with it the differing line is found by construction).
(b) bugs: the hand-written learner bugs of benchmarks/bugs/ (bug_corpus.py), each with its
    faulty line(s).
(c) quixbugs: the 40 Python and 40 Java programs of QuixBugs, read from
    ../shared/datasets/quixbugs/ at run time into a temporary folder (never into the project);
    the faulty line is the line that differs from the correct program. The Java tests are JUnit 4;
    they are rewritten to JUnit 5 on the way (the annotation and the assertion class), which is
    what Temper's runner runs.

For each program: run its tests (`run_tests`, local sandbox), then `localize` with the budget.
Reported per set and language: n, top-1 and top-3 (a faulty line among the first 1 or 3
suspects), the share with a confirmed repair, and the localization time p50/p95 (seconds,
nearest rank). See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import ast
import asyncio
import difflib
import json
import math
import re
import shutil
import sys
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import bug_corpus

from temper.catalog.exercises import Catalog
from temper.faults import localize
from temper.runner import run_tests

QUIXBUGS = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "quixbugs"
LANGUAGES = ("python", "javascript", "typescript", "go", "rust", "c", "java")
MUTATIONS = [(r" < ", " <= "), (r" <= ", " < "), (r" > ", " >= "), (r" >= ", " > "),
             (r" == ", " != "), (r" \+ ", " - "), (r" - ", " + "), (r" \* ", " + ")]
NUMBER = re.compile(r"(?<![\w.\"'])(\d+)(?![\w.\"'])")


@dataclass
class Case:
    set: str
    language: str
    name: str
    folder: Path
    lines: tuple[int, ...]  # faulty lines of `file`
    file: str
    reference: dict[str, str] | None = None


@dataclass
class Outcome:
    set: str
    language: str
    name: str
    status: str  # located | skipped (with why)
    top1: bool = False
    top3: bool = False
    repaired: bool = False
    seconds: float = 0.0
    method: str = "none"
    top: str = ""
    why: str = ""
    with_reference: bool = False


def _mutants(text: str, comment: str) -> list[tuple[int, str]]:
    """(line, mutated text) for each line of a solution's body that one mutation changes."""
    rows = text.split("\n")
    found = []
    for index, row in enumerate(rows):
        code = row.split(comment, 1)[0]
        if not row.startswith((" ", "\t")) or '"' in code or "'" in code or "#include" in code:
            continue
        for pattern, replacement in MUTATIONS:
            if re.search(pattern, code):
                found.append((index + 1, re.sub(pattern, replacement, row, count=1)))
                break
        else:
            match = NUMBER.search(code)
            if match:
                bumped = str(int(match.group(1)) + 1)
                found.append((index + 1, row[:match.start()] + bumped + row[match.end():]))
    return found


def mutant_cases(catalog: Catalog, language: str, limit: int, scratch: Path) -> list[Case]:
    comment = "#" if language == "python" else "//"
    exercises = sorted((e for e in catalog.exercises.values() if e.language == language),
                       key=lambda e: e.id)
    pools = []
    for exercise in exercises:
        for relpath, text in sorted(exercise.solution.items()):
            pools.append([(exercise, relpath, line, new) for line, new in _mutants(text, comment)])
    cases, row = [], 0
    while len(cases) < limit and any(row < len(p) for p in pools):
        for pool in pools:  # one mutant of each exercise in turn
            if row < len(pool) and len(cases) < limit:
                exercise, relpath, line, new = pool[row]
                folder = scratch / f"mutant-{len(cases)}-{exercise.id.replace('/', '-')}"
                for files in (exercise.starter, exercise.tests):
                    for name, text in files.items():
                        (folder / name).parent.mkdir(parents=True, exist_ok=True)
                        (folder / name).write_text(text)
                for name, text in exercise.solution.items():
                    (folder / name).write_text(text)
                rows = exercise.solution[relpath].split("\n")
                rows[line - 1] = new
                (folder / relpath).write_text("\n".join(rows))
                cases.append(Case("mutants", language, f"{exercise.id}:{line}", folder, (line,),
                                  relpath, dict(exercise.solution)))
        row += 1
    return cases


def bug_cases(language: str, scratch: Path) -> list[Case]:
    cases = []
    for bug in bug_corpus.load(language=language):
        folder = scratch / f"bug-{bug.language}-{bug.path.name}"
        shutil.copytree(bug.path, folder, ignore=shutil.ignore_patterns("bug.yaml"))
        cases.append(Case("bugs", language, bug.slug, folder, bug.lines, bug.file))
    return cases


def faulty_lines(buggy: str, correct: str) -> tuple[int, ...]:
    """The buggy program's lines that differ from the correct one (ignoring blank lines); for a
    missing line, the lines around the gap."""
    a, b = buggy.split("\n"), correct.split("\n")
    prose = set()  # QuixBugs' trailing docstrings and comments differ too: not code
    try:
        for node in ast.walk(ast.parse(buggy)):
            if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and \
                    isinstance(node.value.value, str):
                prose |= set(range(node.lineno, (node.end_lineno or node.lineno) + 1))
    except SyntaxError:
        pass
    prose |= {i + 1 for i, row in enumerate(a) if row.strip().startswith("#")}
    found: list[int] = []
    matcher = difflib.SequenceMatcher(None, [r.strip() for r in a], [r.strip() for r in b],
                                      autojunk=False)
    for tag, i1, i2, _, _ in matcher.get_opcodes():
        if tag in ("replace", "delete"):
            found += [i + 1 for i in range(i1, i2) if a[i].strip()]
        elif tag == "insert":  # a line missing: the lines around the gap
            found += [n for n in (i1, i1 + 1) if 0 < n <= len(a) and a[n - 1].strip()]
    return tuple(n for n in dict.fromkeys(found) if n not in prose)


def quixbugs_cases(scratch: Path) -> list[Case]:
    if not QUIXBUGS.is_dir():
        print(f"QuixBugs not found at {QUIXBUGS}; skipped", file=sys.stderr)
        return []
    cases = []
    for test in sorted((QUIXBUGS / "python_testcases").glob("test_*.py")):
        name = test.stem[len("test_"):]
        program = QUIXBUGS / "python_programs" / f"{name}.py"
        correct = QUIXBUGS / "correct_python_programs" / f"{name}.py"
        cases_json = QUIXBUGS / "json_testcases" / f"{name}.json"
        if not (program.is_file() and correct.is_file()):
            continue
        folder = scratch / f"quixbugs-{name}"
        folder.mkdir()
        shutil.copy(program, folder / f"{name}.py")
        node = QUIXBUGS / "python_testcases" / "node.py"
        if node.is_file():  # the tests' graph helper: test support, not the program
            (folder / "conftest.py").write_text(
                node.read_text() + "\n\nimport sys as _sys\n_sys.modules['node'] = "
                "_sys.modules[__name__]\n")
        source = test.read_text()
        source = re.sub(r"if pytest\.use_correct:\n(.*\n)+?else:\n\s+(from python_programs\.\w+ "
                        r"import \w+)\n", lambda m: m.group(2).strip() + "\n", source)
        source = source.replace("from python_programs.", "from ")
        source = source.replace("pytest.use_correct", "False").replace("pytest.run_slow", "False")
        if cases_json.is_file():
            shutil.copy(cases_json, folder / "cases.json")
            source = source.replace("from load_testdata import load_json_testcases",
                                    "import json as _json\nfrom pathlib import Path as _Path")
            source = re.sub(r"load_json_testcases\([^)]*\)",
                            "[_json.loads(line) for line in (_Path(__file__).parent / "
                            "'cases.json').read_text().splitlines() if line.strip()]", source)
        (folder / test.name).write_text(source)
        lines = faulty_lines(program.read_text(), correct.read_text())
        cases.append(Case("quixbugs", "python", name, folder, lines, f"{name}.py"))
    return cases


JUNIT4_TEST = re.compile(r"@(org\.junit\.)?Test(\([^)]*\))?")
JAVA_PROSE = re.compile(r"^\s*(//|/\*|\*|import\b|package\b)")  # not where a fault is


def quixbugs_java_cases(scratch: Path) -> list[Case]:
    """QuixBugs' Java programs: the program, the shared support classes of java_programs
    (Node, WeightedEdge) and of the tests (QuixFixOracleHelper), and its test rewritten to
    JUnit 5 as `<NAME>_Test.java` (Temper finds JUnit tests by their `Test.java` ending)."""
    if not QUIXBUGS.is_dir():
        return []
    tests = QUIXBUGS / "java_testcases" / "junit"
    programs = QUIXBUGS / "java_programs"
    names = {t.name[:-len("_TEST.java")] for t in tests.glob("*_TEST.java")}
    support = [p for p in programs.glob("*.java") if p.stem not in names]
    cases = []
    for name in sorted(names):
        program, correct = programs / f"{name}.java", \
            QUIXBUGS / "correct_java_programs" / f"{name}.java"
        if not (program.is_file() and correct.is_file()):
            continue
        folder = scratch / f"quixbugs-java-{name}"
        (folder / "java_programs").mkdir(parents=True)
        (folder / "java_testcases" / "junit").mkdir(parents=True)
        shutil.copy(program, folder / "java_programs" / program.name)
        for extra in support:
            shutil.copy(extra, folder / "java_programs" / extra.name)
        helper = tests / "QuixFixOracleHelper.java"
        if helper.is_file():
            shutil.copy(helper, folder / "java_testcases" / "junit" / helper.name)
        source = (tests / f"{name}_TEST.java").read_text(encoding="utf-8", errors="replace")
        source = JUNIT4_TEST.sub("@org.junit.jupiter.api.Test", source)
        source = source.replace("org.junit.Assert.", "org.junit.jupiter.api.Assertions.")
        source = source.replace("import org.junit.Test;", "")
        source = source.replace(f"class {name}_TEST", f"class {name}_Test")
        (folder / "java_testcases" / "junit" / f"{name}_Test.java").write_text(source)
        buggy = program.read_text(encoding="utf-8", errors="replace")
        fixed = correct.read_text(encoding="utf-8", errors="replace").replace(
            "correct_java_programs", "java_programs")
        rows = buggy.split("\n")
        lines = tuple(n for n in faulty_lines(buggy, fixed)
                      if not JAVA_PROSE.match(rows[n - 1]))
        if not lines:
            continue  # differs only in comments or imports
        cases.append(Case("quixbugs", "java", name, folder, lines,
                          f"java_programs/{name}.java"))
    return cases


async def measure(case: Case, budget: float, timeout: float) -> list[Outcome]:
    result = await run_tests(case.folder, case.language, timeout=timeout, backend="local")
    if result.status.value != "fail":
        why = "passes" if result.status.value == "pass" else f"does not run: {result.message}"
        return [Outcome(case.set, case.language, case.name, "skipped", why=(why or "")[:120])]
    outcomes = []
    for reference in ([case.reference, None] if case.reference else [None]):
        found = await localize(case.folder, case.language, result, budget_seconds=budget,
                               backend="local", reference=reference)
        ours = [s.line for s in found.suspects if s.path == case.file]
        ranked = [s for s in found.suspects]
        top = ranked[0] if ranked else None
        outcomes.append(Outcome(
            case.set, case.language, case.name, "located" if ranked else "none",
            top1=bool(ranked) and top.path == case.file and top.line in case.lines,
            top3=any(s.path == case.file and s.line in case.lines for s in ranked[:3]),
            repaired=found.repair is not None and found.repair.path == case.file,
            seconds=found.seconds, method=found.method,
            top=f"{top.path}:{top.line}" if top else found.note[:80],
            with_reference=reference is not None))
        del ours
    return outcomes


def percentile(values: list[float], share: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def table(outcomes: list[Outcome]) -> str:
    rows = ["| Set | Language | Reference | n | top-1 | top-3 | repair found | p50 s | p95 s |",
            "|---|---|---|---|---|---|---|---|---|"]
    keys = sorted({(o.set, o.language, o.with_reference) for o in outcomes
                   if o.status != "skipped"}, key=lambda k: (k[0], LANGUAGES.index(k[1]), k[2]))
    for key in keys:
        group = [o for o in outcomes if (o.set, o.language, o.with_reference) == key
                 and o.status != "skipped"]
        n = len(group)

        def share(flag: str, group: list[Outcome] = group, n: int = n) -> str:
            count = sum(getattr(o, flag) for o in group)
            return f"{count}/{n} ({100 * count / n:.0f} %)"

        times = [o.seconds for o in group]
        rows.append(f"| {key[0]} | {key[1]} | {'yes' if key[2] else 'no'} | {n} | "
                    f"{share('top1')} | {share('top3')} | {share('repaired')} | "
                    f"{percentile(times, 0.5):.2f} | {percentile(times, 0.95):.2f} |")
    return "\n".join(rows)


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", default="mutants,bugs,quixbugs")
    parser.add_argument("--languages", default=",".join(LANGUAGES))
    parser.add_argument("--mutants", type=int, default=6, help="mutants per language")
    parser.add_argument("--budget", type=float, default=4.0)
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per test run")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    sets, languages = args.sets.split(","), args.languages.split(",")
    scratch = Path(tempfile.mkdtemp(prefix="temper-localize-bench-"))
    outcomes: list[Outcome] = []
    try:
        cases: list[Case] = []
        catalog = Catalog.load() if "mutants" in sets else None
        for language in languages:
            if "mutants" in sets and catalog is not None:
                limit = args.mutants * (3 if language == "python" else 1)
                cases += mutant_cases(catalog, language, limit, scratch)
            if "bugs" in sets:
                cases += bug_cases(language, scratch)
        if "quixbugs" in sets and "python" in languages:
            cases += quixbugs_cases(scratch)
        if "quixbugs" in sets and "java" in languages:
            cases += quixbugs_java_cases(scratch)
        for number, case in enumerate(cases, 1):
            try:
                found = await measure(case, args.budget, args.timeout)
            except Exception as exc:  # a broken case is reported, not fatal
                found = [Outcome(case.set, case.language, case.name, "skipped",
                                 why=f"{type(exc).__name__}: {exc}"[:120])]
            outcomes += found
            for o in found:
                mark = "skip" if o.status == "skipped" else ("TOP1" if o.top1 else
                                                            "top3" if o.top3 else "miss")
                print(f"[{number}/{len(cases)}] {o.set:8} {o.language:10} {o.name:40} "
                      f"{mark:4} {'R' if o.repaired else ' '} {o.seconds:5.2f}s "
                      f"{'ref ' if o.with_reference else ''}{o.top or o.why}",
                      flush=True)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print()
    print(table(outcomes))
    skipped = [o for o in outcomes if o.status == "skipped"]
    if skipped:
        print(f"\nskipped {len(skipped)}: " + "; ".join(f"{o.name} ({o.why})" for o in skipped))
    if args.json:
        args.json.write_text(json.dumps([asdict(o) for o in outcomes], indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
