"""Java exercises: javac, then the JUnit 5 console launcher; its XML report into a RunResult.

Every `.java` file of the exercise is compiled into the run's out folder (javac's first error is
placed at file, line and column), then the console launcher runs the test classes and writes
the legacy JUnit XML report. The report is read as untrusted input: a missing or broken report
becomes an error result, never a crash. A test that ends the JVM (System.exit) leaves no report;
the launcher's verbose log then says which test was running.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import xml.etree.ElementTree as ElementTree
from dataclasses import replace
from pathlib import Path

from temper.core.results import TIMEOUT, Location, RunResult, Status, TestResult, truncate_output
from temper.runner import failure_facts, source
from temper.runner.job import Completed, Job, Place, Step

JUNIT_JAR = "junit-platform-console-standalone.jar"
JAR_FOLDERS = ("/usr/share/java",)
REPORT_BYTES = 8 << 20
# Quick start for short runs: one GC thread, the client compiler only, the shared class archive.
JVM_FLAGS = ["-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-Xss8m",
             "-Xmx512m", "-XX:ReservedCodeCacheSize=48m", "-XX:CompressedClassSpaceSize=64m",
             "-XX:MaxMetaspaceSize=192m", "-XX:-UsePerfData"]
# Each test may take this long: a test stuck in a loop fails alone, with the stack of where it
# was stuck (it runs in a thread of its own), and the tests after it still run.
TEST_TIMEOUT = "4s"
CDS_VARIABLE = "TEMPER_JAVA_CDS"
CDS_LOG = "-Xlog:cds=off,cds+dynamic=off"
# $1 archive name, $2 where a new one is written, $3 the flag prefix (-J for javac), $4 a name
# unique to the run, then argv
CDS_SCRIPT = (
    'archive="$TEMPER_JAVA_CDS/$1" fresh="$2" prefix="$3" part="$TEMPER_JAVA_CDS/.$1.$4"; '
    'shift 4; tool="$1"; shift; '
    'if [ -f "$archive" ]; then '
    f'exec "$tool" "$prefix{CDS_LOG}" "$prefix-XX:SharedArchiveFile=$archive" "$@"; fi; '
    f'"$tool" "$prefix{CDS_LOG}" "$prefix-XX:ArchiveClassesAtExit=$fresh" "$@"; code=$?; '
    'if [ -s "$fresh" ] && mkdir -p "$TEMPER_JAVA_CDS" 2>/dev/null && '
    'cp "$fresh" "$part" 2>/dev/null; then mv -f "$part" "$archive"; fi; '
    'rm -f "$fresh" "$part"; exit $code')
JAVAC_ERROR = re.compile(r"^(?P<path>[^\s:][^:]*\.java):(?P<line>\d+): error: (?P<msg>.*)$",
                         re.MULTILINE)
FRAME = re.compile(r"^\s*at (?:[\w.$-]*/)*(?P<where>[\w.$<>]+)\((?P<file>[\w$-]+\.java):"
                   r"(?P<line>\d+)\)", re.MULTILINE)
PACKAGE = re.compile(r"^\s*package\s+([\w.]+)\s*;", re.MULTILINE)
VERBOSE_ID = re.compile(r"uniqueId: \[engine:junit-jupiter\](?:/\[[\w-]+:[^\]]*\])*"
                        r"/\[(?:method|test-template):(?P<name>[\w$]+)\(")
VERBOSE_STATUS = re.compile(r"status: \S* ?(?P<status>[A-Z]+)")
CAUSED_BY = re.compile(r"^Caused by: ([\w.$]+)(?:: (.*))?$", re.MULTILINE)
LOG_SOURCE = re.compile(r"source: [^\n]*\n")
LOG_FIELD = re.compile(r"(?:\| )+\s*(?:tags|caught|reports|duration|status): ")
LOGGED_FRAME = re.compile(r"\bat (?:[\w.$-]*/)*(?P<where>[\w.$<>]+)\((?P<file>[\w$-]+\.java):"
                          r"(?P<line>\d+)\)")
VERBOSE_CAUGHT = re.compile(r"caught: (?P<what>\S.*)$")
UNCAUGHT = re.compile(r"^Exception in thread \"[^\"]*\" (?P<type>[\w.$]+)(?:: (?P<msg>.*))?$",
                      re.MULTILINE)
EXIT_CALL = re.compile(r"\b(System\.exit|Runtime\.getRuntime\(\)\.(exit|halt))\s*\(")


def is_test(relpath: str) -> bool:
    name = relpath.rsplit("/", 1)[-1]
    return name.endswith(("Test.java", "Tests.java"))


def junit_jar() -> str | None:
    """The JUnit console launcher: TEMPER_JUNIT_JAR, else Debian's junit5 package."""
    configured = os.environ.get("TEMPER_JUNIT_JAR")
    if configured:
        return configured if Path(configured).is_file() else None
    for folder in JAR_FOLDERS:
        candidate = Path(folder) / JUNIT_JAR
        if candidate.is_file():
            return str(candidate)
    return None


def toolchain() -> str:
    """What `temper doctor` shows: javac and the JUnit launcher, or what is missing."""
    javac, java, jar = shutil.which("javac"), shutil.which("java"), junit_jar()
    missing = [name for name, found in (("javac (openjdk-17-jdk-headless)", javac),
                                        ("java", java), (f"{JUNIT_JAR} (junit5)", jar))
               if found is None]
    if missing:
        return "MISSING: " + ", ".join(missing)
    return f"{javac} with {jar}"


def java_home() -> Path | None:
    javac = shutil.which("javac")
    return Path(javac).resolve().parent.parent if javac else None


def _tools(jar: str) -> tuple[Path, ...]:
    """The JDK, the JUnit jars, and the folders the JDK's links lead to (Debian keeps its
    security settings under /etc): all readable inside the sandbox."""
    found: list[Path] = []
    home = java_home()
    if home is not None:
        found.append(home)
        for link in (home / "conf" / "security" / "java.security",
                     home / "lib" / "security" / "cacerts"):
            if link.is_symlink() and link.exists():
                target = link.resolve().parent
                found.append(target.parent if target.name == "security" else target)
    found.append(Path(jar).resolve().parent)
    return tuple(dict.fromkeys(found))


def class_name(place: Place, relpath: str) -> str:
    text = "\n".join(source.read_lines(place, relpath)[:200])
    package = PACKAGE.search(text)
    stem = relpath.rsplit("/", 1)[-1].removesuffix(".java")
    return f"{package[1]}.{stem}" if package else stem


def _archive_key(javac: str, jar: str) -> str:
    """Names a class-data archive after what it depends on: the JDK, the JUnit jar, the flags
    (an archive from another JDK would be ignored, never regenerated)."""
    facts = [javac, jar, *JVM_FLAGS]
    for path in (Path(javac).parent.parent / "release", Path(javac).parent.parent / "lib" /
                 "modules", Path(jar).resolve()):
        with contextlib.suppress(OSError):
            info = path.stat()
            facts.append(f"{path}:{info.st_size}:{info.st_mtime_ns}")
    return hashlib.sha256("\n".join(facts).encode()).hexdigest()[:16]


def _with_archive(place: Place, name: str, prefix: str) -> list[str]:
    """A dynamic class-data archive (AppCDS) saves a third of a JVM's start: the first run
    writes one at exit into the run's out folder and copies it into the cache (atomically, by
    a rename); later runs map it. A missing, stale or broken archive is ignored by the JVM."""
    return ["sh", "-c", CDS_SCRIPT, "java-cds", name, str(place.out / name), prefix,
            place.out.parent.name]


def prepare(language: str, place: Place, test_files: list[str]) -> Job:
    javac, java = shutil.which("javac"), shutil.which("java")
    if javac is None or java is None:
        raise FileNotFoundError("Java exercises need a JDK (Debian: apt-get install "
                                "openjdk-17-jdk-headless, or scripts/install-runtimes).")
    jar = junit_jar()
    if jar is None:
        raise FileNotFoundError("Java exercises need JUnit 5's console launcher (Debian: "
                                "apt-get install junit5, or scripts/install-runtimes; or set "
                                "TEMPER_JUNIT_JAR to junit-platform-console-standalone.jar).")
    sources = sorted(p.relative_to(place.workdir).as_posix() for p in place.workdir.rglob("*.java"))
    classes, report = place.out / "classes", place.out / "report"
    javac, java = str(Path(javac).resolve()), str(Path(java).resolve())
    key = _archive_key(javac, jar)
    build = [*_with_archive(place, f"javac-{key}.jsa", "-J"), javac,
             *(f"-J{flag}" for flag in JVM_FLAGS if flag != "-Xss8m"),
             "-encoding", "UTF-8", "-g", "-Xmaxerrs", "10", "-d", str(classes), "-cp", jar,
             *sources]
    selected = [f"--select-class={class_name(place, f)}" for f in test_files
                if f.endswith(".java")] or ["--scan-class-path"]
    test = [*_with_archive(place, f"junit-{key}.jsa", ""), java, *JVM_FLAGS,
            "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-jar", jar,
            "--class-path", str(classes), *selected, "--include-engine=junit-jupiter",
            "--reports-dir", str(report), "--disable-banner", "--disable-ansi-colors",
            "--details=verbose", "--details-theme=ascii",
            f"--config=junit.jupiter.execution.timeout.default={TEST_TIMEOUT}",
            "--config=junit.jupiter.execution.timeout.thread.mode.default=SEPARATE_THREAD"]
    return Job([Step(build, "build", stop_on_failure=True), Step(test)], tools=_tools(jar),
               caches={CDS_VARIABLE: "java-cds"}, address_space_factor=2)


def _build_error(done: Completed, place: Place) -> RunResult:
    text = done.stderr + done.stdout
    match = JAVAC_ERROR.search(text)
    if match is None:
        tail = text.strip()[-1500:] or f"exit {done.exit_code}"
        return RunResult(Status.ERROR, f"the build failed: {tail}", error_type="CompileError")
    relpath = source.relative(match["path"], place) or match["path"]
    column = None
    following = text[match.end():].lstrip("\r\n").splitlines()[:3]
    for line in following[1:]:
        if line.strip() == "^":
            column = line.index("^") + 1
            break
    message = match["msg"].strip()
    details = [" ".join(line.split()) for line in text[match.end():].splitlines()[3:6]
               if line.strip().startswith(("symbol:", "location:", "required:", "found:",
                                           "reason:"))]
    if details:
        message += " (" + "; ".join(details) + ")"
    return RunResult(Status.ERROR, f"{relpath}:{match['line']}: {message}",
                     error_location=Location(relpath, int(match["line"]), column),
                     error_type="CompileError")


def _where_file(frame_file: str, where: str, files: list[str]) -> str | None:
    """The exercise file a stack frame names (frames give only the file's base name)."""
    parts = where.split(".")[:-2]  # the package of Class.method
    wanted = "/".join([*parts, frame_file])
    found = [f for f in files if f == wanted or f.endswith("/" + wanted)]
    found = found or [f for f in files if f.rsplit("/", 1)[-1] == frame_file]
    return found[0] if found else None


def _frames(trace: str, files: list[str], tests: set[str], frame: re.Pattern[str] = FRAME
            ) -> tuple[Location | None, Location | None]:
    """The first frame in the learner's files and the first in a test file."""
    learner = test = None
    for match in frame.finditer(trace):
        relpath = _where_file(match["file"], match["where"], files)
        if relpath is None:
            continue
        spot = Location(relpath, int(match["line"]))
        if relpath in tests or is_test(relpath):
            test = test or spot
        else:
            learner = learner or spot
        if test is not None:
            break  # frames below the test method are JUnit's
    return learner, test


def _read_reports(folder: Path) -> tuple[list[ElementTree.Element] | None, str | None]:
    """Every <testcase> of the report files (None: no report), or why they could not be read."""
    try:
        paths = sorted(folder.glob("TEST-*.xml"))
    except OSError:
        paths = []
    if not paths:
        return None, None
    cases: list[ElementTree.Element] = []
    for path in paths:
        try:
            if path.is_symlink() or not path.is_file() or path.stat().st_size > REPORT_BYTES:
                return [], f"the test report {path.name} is too large or not a file"
            root = ElementTree.fromstring(path.read_bytes())
        except (OSError, ElementTree.ParseError, ValueError) as exc:
            return [], f"the test report {path.name} could not be read ({exc})"
        cases += root.iter("testcase")
    return cases, None


def _definition(place: Place, test_files: list[str], name: str) -> tuple[int, str, int] | None:
    pattern = rf"\bvoid\s+{re.escape(name)}\s*\("
    for index, relpath in enumerate(test_files):
        number = source.find_line(source.read_lines(place, relpath), pattern)
        if number:
            return index, relpath, number
    return None


def _test_code(place: Place, at: tuple[int, str, int] | None) -> str | None:
    if at is None:
        return None
    lines = source.read_lines(place, at[1])
    start = at[2]
    while start > 1 and lines[start - 2].strip().startswith("@"):  # its @Test annotation
        start -= 1
    return source.braced_block(lines, start)


def _logged_output(log: str) -> dict[str, str]:
    """What each test printed, from the verbose log: the text between its `source:` line and
    the launcher's next field. (Each test runs in a thread of its own for its time limit, which
    JUnit's own output capture does not follow.)"""
    printed: dict[str, str] = {}
    for found in VERBOSE_ID.finditer(log):
        source_line = LOG_SOURCE.search(log, found.end())
        if source_line is None:
            continue
        field = LOG_FIELD.search(log, source_line.end())
        text = log[source_line.end(): field.start() if field else len(log)]
        if text.strip() and found["name"] not in printed:
            printed[found["name"]] = text
    return printed


def _printed(case: ElementTree.Element) -> str:
    """What the test printed: the report wraps each capture in newlines and adds JUnit's own
    unique-id and display-name lines."""
    texts = []
    for tag in ("system-out", "system-err"):
        for element in case.iter(tag):
            lines = (element.text or "").splitlines(keepends=True)
            kept = [line for line in lines
                    if not line.startswith(("unique-id: [", "display-name: "))]
            text = "".join(kept).removeprefix("\n").removesuffix("\n")
            if text.strip():
                texts.append(text)
    return "".join(texts)


def hang_location(completed: Completed, place: Place, test_files: list[str],
                  learner_files: list[str]) -> Location | None:
    """Where a run that ran out of time was stuck: the learner's frame of the first test JUnit
    stopped for taking too long (the verbose log prints its stack), else the test running."""
    log = completed.stdout
    files = sorted({*test_files, *learner_files})
    stopped = log.find("caught: java.util.concurrent.TimeoutException")
    if stopped >= 0:
        end = VERBOSE_STATUS.search(log, stopped)
        stack = log[stopped:end.start() if end else len(log)]
        learner, test = _frames(stack, files, set(test_files), LOGGED_FRAME)
        if learner or test:
            return learner or test
    running = None
    for line in log.splitlines():
        found = VERBOSE_ID.search(line)
        if found:
            running = found["name"]
        elif VERBOSE_STATUS.search(line):
            running = None
    at = _definition(place, test_files, running) if running else None
    return Location(at[1], at[2]) if at else None


def _simple(kind: str) -> str:
    return kind.rsplit(".", 1)[-1]


def _exit_result(completed: Completed, place: Place, test_files: list[str],
                 learner_files: list[str], duration: float) -> RunResult:
    """No report: the JVM ended during a test (System.exit, or an error JUnit does not catch,
    such as OutOfMemoryError). The verbose log names the tests that ran."""
    order: list[str] = []
    finished: dict[str, str] = {}
    caught: dict[str, str] = {}
    current = None
    for line in completed.stdout.splitlines():
        found = VERBOSE_ID.search(line)
        if found:
            current = found["name"]
            if current not in order:
                order.append(current)
            continue
        if current is None:
            continue
        problem = VERBOSE_CAUGHT.search(line)
        if problem and current not in caught:
            caught[current] = problem["what"].strip()
        status = VERBOSE_STATUS.search(line)
        if status:
            finished[current] = status["status"]
            current = None
    running = [name for name in order if name not in finished]
    if not running:
        tail = (completed.stderr or completed.stdout).strip()[-1500:]
        return RunResult(Status.ERROR, f"the tests ended without a report (exit "
                         f"{completed.exit_code}): {tail}", duration_seconds=duration)
    files = sorted({*test_files, *learner_files})
    uncaught = UNCAUGHT.search(completed.stderr)
    where = {name: _definition(place, test_files, name) for name in order[:order.index(
        running[0]) + 1]}
    tests = []
    for name in sorted(where, key=lambda n: (where[n][0], where[n][2]) if where[n]
                       else (len(test_files), 0)):
        at = where[name]
        if name in finished:
            status = Status.PASS if finished[name] == "SUCCESSFUL" else Status.FAIL
            what = caught.get(name, "failed")
            kind, _, detail = what.partition(": ")
            tests.append(TestResult(name, status, None if status is Status.PASS else
                                    f"{_simple(kind)}: {detail}" if detail else _simple(kind),
                                    test_code=_test_code(place, at),
                                    error_type=None if status is Status.PASS else _simple(kind),
                                    test_location=Location(at[1], at[2])
                                    if at and status is not Status.PASS else None))
            continue
        learner = test_loc = None
        if uncaught:
            kind = _simple(uncaught["type"])
            message = f"{kind}: {uncaught['msg']}" if uncaught["msg"] else kind
            if kind == "OutOfMemoryError":
                message += (" (the tests may use 512 MiB; look for a list or string that keeps "
                            "growing)")
            learner, test_loc = _frames(completed.stderr[uncaught.end():], files,
                                        set(test_files))
            error_type = kind
        else:
            message = (f"the whole Java program ended (exit code {completed.exit_code}) while "
                       "this test ran, so no test after it could run; System.exit stops the "
                       "JVM: return a value or throw an exception instead")
            error_type = "SystemExit"
            for relpath in learner_files:
                number = source.find_line(source.read_lines(place, relpath), EXIT_CALL.pattern)
                if number:
                    learner = Location(relpath, number)
                    break
        ended = TestResult(
            name, Status.ERROR, message, test_code=_test_code(place, at), error_type=error_type,
            learner_location=learner,
            test_location=test_loc or (Location(at[1], at[2]) if at else None))
        calls = failure_facts.LearnerCalls("java", place, learner_files)
        tests.append(failure_facts.attach(
            ended, calls, test_loc or (calls.first_in_block(at[1], at[2]) if at else None),
            top=at[2] if at else None, exception=message))
    return RunResult(Status.FAIL, tests=tuple(tests), duration_seconds=duration)


def _called_before(language: str, place: Place, test_loc: Location | None,
                   at: tuple[int, str, int] | None, learner_files: list[str]) -> Location | None:
    """The learner's method called on the failing line, else on the nearest line above it in
    the test method (`Curve.withBonus(scores, 5);` then an assertion on `scores`)."""
    if test_loc is None:
        return None
    found = source.definition_of_called(language, place, test_loc, learner_files)
    if found or at is None or at[1] != test_loc.path:
        return found
    for line in range(test_loc.line - 1, at[2], -1):
        found = source.definition_of_called(language, place, Location(test_loc.path, line),
                                            learner_files)
        if found:
            return found
    return None


def parse(language: str, place: Place, done: list[Completed], test_files: list[str],
          learner_files: list[str]) -> RunResult:
    duration = sum(d.duration_seconds for d in done)
    if len(done) == 1:
        failed = _build_error(done[0], place)
        return replace(failed, duration_seconds=duration)
    completed = done[-1]
    cases, problem = _read_reports(place.out / "report")
    if problem:
        return RunResult(Status.ERROR, problem, error_type="ReportUnreadable",
                         duration_seconds=duration)
    if cases is None:
        return _exit_result(completed, place, test_files, learner_files, duration)
    files = sorted({*test_files, *learner_files})
    tests_set = set(test_files)
    logged = _logged_output(completed.stdout)
    calls = failure_facts.LearnerCalls(language, place, learner_files)
    entries = []
    for position, case in enumerate(cases):
        raw = case.get("name") or "?"
        name = raw.split("(", 1)[0]
        at = _definition(place, test_files, name)
        key = (at[0], at[2]) if at else (len(test_files), position)
        entries.append((key, name, at, case))
    entries.sort(key=lambda e: e[0])
    tests = []
    for _, name, at, case in entries:
        if case.find("skipped") is not None:
            continue
        problem_element = case.find("failure")
        if problem_element is None:
            problem_element = case.find("error")
        status = Status.PASS if problem_element is None else Status.FAIL
        message = error_type = learner = test_loc = None
        if problem_element is not None:
            kind = (problem_element.get("type") or "").rsplit(".", 1)[-1] or None
            detail = problem_element.get("message")
            trace = problem_element.text or ""
            if kind in ("AssertionFailedError", "AssertionError", "MultipleFailuresError"):
                message = detail or kind
            elif kind == "TimeoutException" and "ExecutionTimeoutException" in trace:
                message = (f"the test did not finish within {TEST_TIMEOUT.removesuffix('s')} s; "
                           "look for a loop that never ends")
                kind = TIMEOUT
            else:
                message = f"{kind}: {detail}" if detail else kind
                causes = CAUSED_BY.findall(trace)
                if causes:  # say what went wrong underneath (ExceptionInInitializerError)
                    cause_kind, cause_detail = causes[-1]
                    cause = _simple(cause_kind) + (f": {cause_detail}" if cause_detail else "")
                    if cause not in message:
                        message += f" (caused by {cause})"
            error_type = kind
            learner, test_loc = _frames(trace, files, tests_set)
            if test_loc is None and at is not None:
                test_loc = Location(at[1], at[2])
        printed = (logged.get(name) or _printed(case)) if status is not Status.PASS else ""
        result = TestResult(
            name=name, status=status, message=message,
            output=truncate_output(printed) if printed else None,
            test_code=_test_code(place, at), error_type=error_type,
            learner_location=learner, test_location=test_loc)
        if status is not Status.PASS and learner is None:
            found = _called_before(language, place, test_loc, at, learner_files)
            if found:
                result = replace(result, learner_location=found)
        if status is not Status.PASS:
            compared = error_type in ("AssertionFailedError", "AssertionError")
            actual, expected = failure_facts.junit_values(message) if compared else (None, None)
            result = failure_facts.attach(
                result, calls, test_loc, top=at[2] if at else None, actual=actual,
                expected=expected, comparison="==" if expected is not None else None,
                exception=None if compared or error_type == "MultipleFailuresError"
                else message)
        tests.append(result)
    if not tests:
        return RunResult(Status.ERROR, "no tests ran (are the test methods marked @Test?)",
                         duration_seconds=duration)
    overall = Status.PASS if all(t.status is Status.PASS for t in tests) else Status.FAIL
    return RunResult(overall, tests=tuple(tests), duration_seconds=duration)
