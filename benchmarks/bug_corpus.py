"""The hand-written learner-bug corpus (benchmarks/bugs/): load it, and check it with the toolchains.

Each bug is a folder benchmarks/bugs/<language>/<slug>/ holding a learner's program, its tests
and a bug.yaml naming the faulty line(s) and the fix. `load(root)` reads them all;

    python benchmarks/bug_corpus.py --verify [--language L] [--jobs N]

copies each bug to a temporary folder, runs its tests with the language's own toolchain (pytest,
node --test, go test, cargo test, gcc with Temper's C harness, javac with JUnit's console launcher),
and checks that the buggy program fails some tests (and passes others) and that the fixed one passes
them all. With --temper the tests run through `temper run --json` (Temper's sandboxed runner on the
plain folder) instead. It prints one row per bug and exits 1 if any bug does not behave so.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).with_name("bugs")
LANGUAGES = ("python", "javascript", "typescript", "go", "rust", "c", "java")
KINDS = ("wrong-step", "missing-case", "misused-api", "state-not-reset", "off-by-one",
         "wrong-init", "wrong-operator", "early-return", "crash", "endless-loop", "other")
OUTCOMES = ("wrong-value", "crash", "endless-loop")
TEST_PATTERNS = {"python": ("test_*.py", "*_test.py"), "javascript": ("*.test.js",),
                 "typescript": ("*.test.ts",), "go": ("*_test.go",), "rust": ("tests/*.rs",),
                 "c": ("test_*.c",), "java": ("*Test.java",)}
RUN_TIMEOUT = 180  # seconds for one test run, build included
JUNIT_JAR = "junit-platform-console-standalone.jar"
HARNESS = Path(__file__).resolve().parents[1] / "server/temper/runner/c_harness/temper_test.h"


@dataclass(frozen=True)
class Fix:
    line: int  # 1-based line of `file` that the text replaces
    text: str  # the corrected line with its indentation; several lines when a case is added


@dataclass(frozen=True)
class Bug:
    path: Path  # the bug's folder
    language: str
    title: str
    kind: str
    outcome: str  # wrong-value, crash or endless-loop: how the buggy program fails its tests
    file: str  # the learner file holding the fault, relative to path
    line: int  # the primary faulty line (1-based)
    lines: tuple[int, ...]  # every faulty line (just `line` for a one-line fault)
    fix: tuple[Fix, ...]
    description: str
    bare_assert: bool = False  # a failing assertion calls nothing (`assert result == expected`)

    @property
    def slug(self) -> str:
        return f"{self.language}/{self.path.name}"

    def test_files(self) -> list[str]:
        return sorted({p.relative_to(self.path).as_posix() for pattern in
                       TEST_PATTERNS[self.language] for p in self.path.glob(pattern)})

    def fixed_text(self) -> str:
        """The learner file with the fix applied."""
        lines = (self.path / self.file).read_text().split("\n")
        for fix in sorted(self.fix, key=lambda f: f.line, reverse=True):
            lines[fix.line - 1:fix.line] = fix.text.split("\n")
        return "\n".join(lines)


class CorpusError(ValueError):
    pass


def _bug(folder: Path) -> Bug:
    meta_path = folder / "bug.yaml"
    try:
        meta = yaml.safe_load(meta_path.read_text())
        fixes = tuple(Fix(int(f["line"]), str(f["text"])) for f in meta["fix"])
        bug = Bug(path=folder, language=meta["language"], title=meta["title"], kind=meta["kind"],
                  outcome=meta.get("outcome", "wrong-value"), file=meta["file"],
                  line=int(meta["line"]), lines=tuple(meta.get("lines") or [meta["line"]]),
                  fix=fixes, description=meta["description"],
                  bare_assert=bool(meta.get("bare_assert", False)))
    except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError) as error:
        raise CorpusError(f"{meta_path}: {error}") from error
    problems = []
    if bug.language not in LANGUAGES or folder.parent.name != bug.language:
        problems.append(f"language {bug.language!r} (folder {folder.parent.name})")
    if bug.kind not in KINDS:
        problems.append(f"kind {bug.kind!r} is not one of {', '.join(KINDS)}")
    if bug.outcome not in OUTCOMES:
        problems.append(f"outcome {bug.outcome!r} is not one of {', '.join(OUTCOMES)}")
    learner = folder / bug.file
    count = len(learner.read_text().split("\n")) if learner.is_file() else 0
    if not count:
        problems.append(f"file {bug.file} is missing")
    if bug.line not in bug.lines or {f.line for f in fixes} != set(bug.lines):
        problems.append("line, lines and the fixed lines disagree")
    if any(not 1 <= n <= count for n in bug.lines):
        problems.append(f"a line is outside {bug.file} (1..{count})")
    if not bug.test_files():
        problems.append("no test file")
    if problems:
        raise CorpusError(f"{meta_path}: " + "; ".join(problems))
    return bug


def load(root: Path = ROOT, language: str | None = None) -> list[Bug]:
    """Every bug under root (optionally of one language), sorted by language and slug."""
    folders = sorted(p.parent for p in Path(root).glob("*/*/bug.yaml"))
    return [_bug(f) for f in folders if language in (None, f.parent.name)]


# ---- verification with the toolchains ----------------------------------------------------

@dataclass
class Outcome:
    passed: int = 0
    failed: int = 0  # failed, errored or timed out
    note: str = ""
    seconds: float = 0.0
    output: str = field(default="", repr=False)


def _typescript_node() -> str:
    found = [os.environ.get("TEMPER_TYPESCRIPT_NODE"),
             str(Path.home() / ".cache/temper-test-tools/node24/bin/node"), shutil.which("node")]
    return next(n for n in found if n and Path(n).exists())


def _count(pattern: str, text: str) -> int:
    return sum(int(m) for m in re.findall(pattern, text))


def _run(argv: list[str], cwd: Path, env: dict | None = None,
         timeout: float = RUN_TIMEOUT) -> tuple[int, str]:
    """Run argv in its own process group; on timeout the whole group is killed."""
    child = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                             text=True, errors="replace", start_new_session=True,
                             env={**os.environ, **(env or {})})
    try:
        out, _ = child.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(child.pid, signal.SIGKILL)
        out, _ = child.communicate()
        return -1, f"{out}\n[timed out after {timeout:.0f} s]"
    return child.returncode, out


def run_tests(language: str, folder: Path, tests: list[str], scratch: Path,
              via_temper: bool = False) -> Outcome:
    """Run the tests in folder with the language's toolchain (or `temper run`); count them."""
    start = time.perf_counter()
    result = Outcome()
    if via_temper:
        code, out = _run([sys.executable, "-m", "temper", "run", "--json", str(folder)], folder,
                         {"TEMPER_HOME": str(scratch / "temper-home")})
        try:
            report = json.loads(out[out.index('{\n  "status"'):])
        except ValueError:
            report = {"tests": [], "message": out.strip()[-200:]}
        statuses = [t.get("status") for t in report.get("tests") or []]
        result.passed = statuses.count("pass")
        result.failed = len(statuses) - result.passed
        if not statuses:
            message = " ".join(str(report.get("message")).split())
            result.failed, result.note = 1, f"no test results: {message[-150:]}"
        code = 0
    elif language == "python":
        code, out = _run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                          "-p", "pytest_timeout", "--timeout=3", "-o", "addopts=", *tests], folder,
                         {"PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"})
        result.passed = _count(r"(\d+) passed", out.splitlines()[-1] if out else "")
        result.failed = _count(r"(\d+) (?:failed|error)", out.splitlines()[-1] if out else "")
    elif language in ("javascript", "typescript"):
        node = [_typescript_node(), "--experimental-strip-types",
                "--disable-warning=ExperimentalWarning"] if language == "typescript" else ["node"]
        # A synchronous endless loop is not stopped by --test-timeout: the run's own limit ends it.
        code, out = _run([*node, "--test", "--test-timeout=3000", *tests], folder, timeout=20)
        result.passed = _count(r"(?m)^(?:ℹ|#) pass (\d+)", out)
        result.failed = _count(r"(?m)^(?:ℹ|#) (?:fail|cancelled) (\d+)", out)
    elif language == "go":
        code, out = _run(["go", "test", "-v", "-count=1", "-timeout", "6s", "./..."], folder)
        result.passed = len(re.findall(r"(?m)^\s*--- PASS", out))
        result.failed = len(re.findall(r"(?m)^\s*--- FAIL", out)) + ("panic: test timed out" in out)
    elif language == "rust":
        code, out = _run(["cargo", "test", "--offline", "--tests"], folder,
                         {"CARGO_TARGET_DIR": str(scratch / "cargo-target"),
                          "CARGO_TERM_COLOR": "never"})
        result.passed = _count(r"test result: \w+\. (\d+) passed", out)
        result.failed = _count(r"test result: \w+\. \d+ passed; (\d+) failed", out)
    elif language == "c":
        shutil.copy(HARNESS, folder / HARNESS.name)
        sources = sorted(p.name for p in folder.glob("*.c"))
        code, out = _run(["gcc", "-std=c11", "-Wall", "-Wextra", "-g", "-o", "temper_tests",
                          *sources, "-lm"], folder)
        if code == 0:
            code, out = _run(["./temper_tests"], folder)
            result.passed = out.count('"status":"pass"')
            result.failed = len(re.findall(r'"status":"(?:fail|error)"', out))
    elif language == "java":
        jar = os.environ.get("TEMPER_JUNIT_JAR") or "/usr/share/java/" + JUNIT_JAR
        classes = folder / "out-classes"
        code, out = _run(["javac", "-encoding", "UTF-8", "-g", "-d", str(classes), "-cp", jar,
                          *sorted(p.name for p in folder.glob("*.java"))], folder)
        if code == 0:
            code, out = _run(["java", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", jar,
                              "--class-path", str(classes), "--scan-class-path",
                              "--disable-banner", "--disable-ansi-colors", "--details=summary",
                              "--config=junit.jupiter.execution.timeout.default=3s",
                              "--config=junit.jupiter.execution.timeout.thread.mode.default"
                              + "=SEPARATE_THREAD"], folder)
            result.passed = _count(r"(\d+) tests successful", out)
            result.failed = _count(r"(\d+) tests (?:failed|aborted)", out)
    else:
        raise ValueError(language)
    if code != 0 and result.failed == 0:
        # a hung run (node's test runner cannot stop a synchronous endless loop) loses its counts
        result.failed = 1
        result.note = "timed out, counts lost" if code == -1 else f"exit {code}, no failure counted"
    result.seconds = time.perf_counter() - start
    result.output = out
    return result


def verify(bug: Bug, scratch: Path, via_temper: bool = False) -> tuple[Outcome, Outcome, list[str]]:
    """Run the bug's tests on the buggy and on the fixed program; the problems found."""
    outcomes = []
    for variant in ("buggy", "fixed"):
        folder = scratch / bug.language / bug.path.name / variant
        shutil.copytree(bug.path, folder, ignore=shutil.ignore_patterns("bug.yaml"))
        if variant == "fixed":
            (folder / bug.file).write_text(bug.fixed_text())
        outcomes.append(run_tests(bug.language, folder, bug.test_files(), scratch, via_temper))
    buggy, fixed = outcomes
    problems = []
    if buggy.failed == 0:
        problems.append("the buggy program passes")
    # node's test runner ends a file stuck in a synchronous loop as one cancelled test and loses
    # the file's other results (and `temper run` may lose all at its time limit): no pass expected
    lost = bug.outcome == "endless-loop" and (via_temper or bug.language in ("javascript",
                                                                          "typescript"))
    if buggy.passed == 0 and not lost:
        problems.append("no test passes on the buggy program")
    if buggy.passed == 0 and lost:
        buggy.note = buggy.note or "the runner lost the other results"
    if fixed.failed or fixed.passed == 0:
        problems.append("the fixed program fails")
    if fixed.passed + fixed.failed < buggy.passed + buggy.failed:
        problems.append("fewer tests ran after the fix")
    return buggy, fixed, problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--verify", action="store_true", help="run every bug, buggy and fixed")
    parser.add_argument("--language", choices=LANGUAGES)
    parser.add_argument("--root", type=Path, default=ROOT)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--show", action="store_true", help="print the output of failed checks")
    parser.add_argument("--temper", action="store_true",
                        help="run the tests with `temper run --json` (Temper's sandboxed runner) "
                             "instead of the toolchains directly")
    args = parser.parse_args(argv)
    bugs = load(args.root, args.language)
    if not args.verify:
        for bug in bugs:
            print(f"{bug.slug:45} {bug.kind:15} {bug.outcome:13} {bug.file}:{bug.line}")
        print(f"{len(bugs)} bugs")
        return 0
    with tempfile.TemporaryDirectory(prefix="temper-bugs-") as tmp:
        scratch = Path(tmp)
        # Rust shares one target folder, whose lock serialises cargo: run it on its own.
        others = [b for b in bugs if b.language != "rust"]
        rust = [b for b in bugs if b.language == "rust"]
        with ThreadPoolExecutor(max(1, args.jobs)) as pool:
            futures = {b.slug: pool.submit(verify, b, scratch, args.temper) for b in others}
            rust_results = {b.slug: verify(b, scratch, args.temper) for b in rust}
            results = {**{k: f.result() for k, f in futures.items()}, **rust_results}
    bad = 0
    print(f"{'bug':45} {'kind':15} {'outcome':13} {'buggy p/f':>9} {'fixed p/f':>9} {'s':>5}  ok")
    for bug in bugs:
        buggy, fixed, problems = results[bug.slug]
        bad += bool(problems)
        note = f" ({buggy.note})" if buggy.note else ""
        print(f"{bug.slug:45} {bug.kind:15} {bug.outcome:13} "
              f"{buggy.passed:>4}/{buggy.failed:<4} {fixed.passed:>4}/{fixed.failed:<4} "
              f"{buggy.seconds + fixed.seconds:5.1f}  {'; '.join(problems) or 'ok'}{note}")
        if problems and args.show:
            print(buggy.output[-2000:], fixed.output[-2000:], sep="\n----\n")
    print(f"{len(bugs) - bad} of {len(bugs)} bugs fail as written and pass when fixed")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
