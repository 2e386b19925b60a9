"""The Python fault probe: runs INSIDE the sandboxed child, like the learner's tests do.

    python python_probe.py CONFIG.json

It runs the tests in-process with pytest, recording which learner lines each test runs
(sys.settrace; each test under its own alarm), scores the lines (Ochiai), records values seen on
the lines for the first failing test, and, within its budget, tries small edits of the top lines
(from `python_edits`), reloading the learner's modules and re-running the tests per candidate.
A fix is confirmed by a second run. It writes one JSON report to CONFIG["report"]. It imports
nothing from Temper but its sibling `python_edits` (copied beside it).
"""

import ast
import contextlib
import io
import json
import math
import os
import signal
import sys
import time

import pytest
import python_edits
import python_search

VALUE_HITS = 3
HUNG_LIMIT = 0.3  # seconds for a test the run already saw loop without end
# modules whose answers change from run to run: the time and chance
UNSTEADY = {"time": {"time", "time_ns", "monotonic", "monotonic_ns", "perf_counter",
                      "perf_counter_ns", "localtime", "gmtime", "ctime", "process_time"},
            "datetime": {"now", "today", "utcnow"}, "posix": {"urandom"}, "os": {"urandom"},
            "_random": None, "random": None, "uuid": {"uuid1", "uuid4"}, "secrets": None}
UNSTEADY_FILES = ("random.py", "uuid.py", "secrets.py")
VALUE_CHARS = 40
# pytest's plugins a probe run does without (each costs milliseconds, or a full gc per run)
QUIET = [arg for name in ("unraisableexception", "threadexception", "logging", "warnings",
                          "faulthandler", "doctest", "junitxml", "pastebin", "legacypath",
                          "stepwise", "nose", "setuponly", "setupplan", "cacheprovider")
         for arg in ("-p", f"no:{name}")]


class TestTimeLimit(BaseException):
    """Raised by the alarm in a test that runs too long (not catchable by `except Exception`)."""


def _alarm(signum, frame):
    raise TestTimeLimit("the test ran out of time")


SEARCHING = []  # non-empty while candidates run


def _in_forked_child():
    """A process the learner's code forks must not go on running the probe's own loop beside
    it: while candidates run it ends at once (a fork bomb among the candidates fizzles), else
    within a second, as the tests' own children would be reaped after the run."""
    if SEARCHING:
        os._exit(70)
    signal.signal(signal.SIGALRM, signal.SIG_DFL)
    signal.setitimer(signal.ITIMER_REAL, 1.0)


def _write(config, report):
    """The report so far: if the sandbox's time runs out later, what was found still counts."""
    with open(config["report"] + ".part", "w", encoding="utf-8") as out:
        json.dump(report, out)
    os.replace(config["report"] + ".part", config["report"])


def _reap():
    """Kill what the learner's code left running in the probe's process group."""
    me, group = os.getpid(), os.getpgid(0)
    if group != me:
        return  # not leading its own group: the group is not only the probe's
    for entry in os.listdir("/proc"):
        if entry.isdigit() and int(entry) != me:
            try:
                if os.getpgid(int(entry)) == group:
                    os.kill(int(entry), signal.SIGKILL)
            except OSError:
                pass
    try:
        while os.waitpid(-1, os.WNOHANG)[0]:
            pass
    except ChildProcessError:
        pass


def _decisions(sources):
    """Lines that decide or compute what is given back (if, while, for, a return of an
    expression): a mistake hides there more often than in a plain assignment or in a return
    that only hands a variable on, so they go first among equally suspicious lines."""
    found = set()
    for rel, text in sources.items():
        try:
            tree = ast.parse(text)
        except SyntaxError:
            continue
        found |= {(rel, n.lineno) for n in ast.walk(tree)
                  if isinstance(n, (ast.If, ast.While, ast.For, ast.IfExp)) or (
                      isinstance(n, ast.Return) and not isinstance(n.value, (ast.Name, type(None))))}
    return found


class Recorder:
    """A pytest plugin: each test's outcome and, when tracing, the learner lines it ran."""

    def __init__(self, files, limit, trace=True, values_for=None, hung=()):
        self.files, self.limit, self.trace = files, limit, trace
        self.values_for = values_for
        self.outcomes, self.lines, self.values, self.names = {}, {}, {}, {}
        self.unsteady = set()  # time or chance the learner's code asked for
        self.slowest = 0.0  # seconds of the slowest test call
        self.hung = set(hung)
        self.limited = set()  # stopped by the probe's alarm

    def _tracer(self, hits, values):
        files = self.files

        def local(frame, event, arg):
            if event == "line":
                key = (files[frame.f_code.co_filename], frame.f_lineno)
                hits.add(key)
                if values is not None:
                    seen = values.setdefault(key, [])
                    if len(seen) < VALUE_HITS:
                        seen.append(_locals(frame))
            elif event == "return" and values is not None:
                key = (files[frame.f_code.co_filename], frame.f_lineno)
                seen = values.setdefault(("return",) + key, [])
                if len(seen) < VALUE_HITS:
                    seen.append({"returned": _short(arg)})
            return local

        def start(frame, event, arg):
            if frame.f_code.co_filename in files:
                return local
            return None
        return start

    def _profile(self, frame, event, arg):
        caller = frame if event == "c_call" else frame.f_back
        if caller is None or caller.f_code.co_filename not in self.files:
            return
        if event == "c_call":
            owner = getattr(arg, "__self__", None)
            module = getattr(arg, "__module__", None) or getattr(
                owner if isinstance(owner, type) else type(owner), "__module__", "") or ""
            name = getattr(arg, "__name__", "")
            names = UNSTEADY.get(module, ())
            if names is None or name in names:
                self.unsteady.add(f"{module}.{name}")
        elif event == "call" and frame.f_code.co_filename.endswith(UNSTEADY_FILES):
            self.unsteady.add(os.path.basename(frame.f_code.co_filename))

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_call(self, item):
        hits = set()
        values = {} if self.values_for == item.nodeid else None
        if self.trace:
            sys.settrace(self._tracer(hits, values))
            sys.setprofile(self._profile)
        hung = item.name in self.hung  # the run saw it loop: enough time for its coverage
        signal.setitimer(signal.ITIMER_REAL, HUNG_LIMIT if hung else self.limit)
        began = time.monotonic()
        try:
            outcome = yield
            if isinstance(outcome.excinfo and outcome.excinfo[1], TestTimeLimit):
                self.limited.add(item.nodeid)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            if not hung:
                self.slowest = max(self.slowest, time.monotonic() - began)
            sys.settrace(None)
            sys.setprofile(None)
            self.lines[item.nodeid] = hits
            if values is not None:
                self.values = values

    def pytest_runtest_logreport(self, report):
        if report.when == "call" or report.failed:
            if report.nodeid not in self.outcomes or report.failed:
                self.outcomes[report.nodeid] = report.passed
        self.names.setdefault(report.nodeid, report.nodeid.split("::")[-1])


def _short(value):
    try:
        text = repr(value)
    except Exception:
        text = "<unprintable>"
    return text if len(text) <= VALUE_CHARS else text[:VALUE_CHARS - 1] + "…"


def _locals(frame):
    return {k: _short(v) for k, v in frame.f_locals.items() if not k.startswith("__")}


def run_tests(config, files, limit, trace=False, values_for=None, only=None, first_fail=False):
    """One in-process pytest run over fresh copies of the learner's and the tests' modules."""
    root = os.getcwd()
    for name, module in list(sys.modules.items()):
        path = getattr(module, "__file__", None) or ""
        if path and os.path.abspath(path).startswith(root + os.sep):
            del sys.modules[name]
    recorder = Recorder(files, limit, trace, values_for, config.get("hung", ()))
    args = ["-q", *QUIET, "-o", "addopts=", "--capture=sys", *(only or config["tests"])]
    if first_fail:  # a candidate is rejected at its first failing test
        args.insert(0, "--maxfail=1")
    try:
        with contextlib.redirect_stdout(io.StringIO()), \
                contextlib.redirect_stderr(io.StringIO()):
            pytest.main(args, plugins=[recorder])
    finally:
        _reap()
    return recorder


def ochiai(recorder):
    failing = [n for n, ok in recorder.outcomes.items() if not ok]
    total_failed = len(failing)
    counts = {}
    for nodeid, ok in recorder.outcomes.items():
        for key in recorder.lines.get(nodeid, ()):
            ef, ep = counts.get(key, (0, 0))
            counts[key] = (ef + (not ok), ep + ok)
    scores = {}
    for key, (ef, ep) in counts.items():
        if ef:
            scores[key] = ef / math.sqrt(total_failed * (ef + ep))
    return scores


def _search_by_runs(config, files, root, sources, candidates, failing, passing, limit,
                    deadline, report, tried):
    """The slow path: write each candidate over the file and run pytest again."""
    try:
        for candidate in candidates:
            if time.monotonic() > deadline:
                report["note"] = "the repair search ran out of its time budget"
                return None
            tried(candidate)
            with open(os.path.join(root, candidate["path"]), "w", encoding="utf-8") as handle:
                handle.write(candidate["source"])
            quick = run_tests(config, files, limit, only=failing, first_fail=True)
            if len(quick.outcomes) < len(failing) or not all(quick.outcomes.values()):
                continue
            runs = [run_tests(config, files, limit, only=failing + passing, first_fail=True)
                    for _ in range(2)]
            if all(len(r.outcomes) == len(failing) + len(passing) and all(r.outcomes.values())
                   for r in runs):
                return candidate
    finally:
        for rel, text in sources.items():
            with open(os.path.join(root, rel), "w", encoding="utf-8") as handle:
                handle.write(text)
    return None


def main():
    config = json.load(open(sys.argv[1], encoding="utf-8"))
    started = time.monotonic()
    deadline = started + (config["deadline"] - time.time())  # the host's clock: start-up counts
    try:  # a process group of its own, so `_reap` kills only what the tests started
        os.setpgid(0, 0)
    except OSError:
        pass  # already leading its session (the sandbox started it so)
    signal.signal(signal.SIGALRM, _alarm)
    os.register_at_fork(after_in_child=_in_forked_child)
    root = os.getcwd()
    sys.path.insert(0, root)
    files = {os.path.join(root, rel): rel for rel in config["learner"]}
    first = config.get("first_failing")
    base = run_tests(config, files, config["test_limit"], trace=True)
    failing = [n for n, ok in base.outcomes.items() if not ok]
    report = {"outcomes": {base.names[n]: ok for n, ok in base.outcomes.items()
                           if n not in base.limited},
              "scores": [], "values": {}, "value_test": None, "repair": None, "tried": 0,
              "note": ""}
    if not failing:
        report["note"] = "every test passed in the probe"
        return report
    if base.unsteady:
        # time or chance: a line ranked, a value seen or a repair confirmed may be luck
        report["note"] = ("the code asks for time or chance (" + ", ".join(
            sorted(base.unsteady)) + "), so its results may change from run to run and no "
            "line is located")
        report["unsteady"] = True
        return report
    sources = {rel: open(os.path.join(root, rel), encoding="utf-8").read()
               for rel in config["learner"]}
    decisions = _decisions(sources)
    scores = {key: score + 0.001 * (key in decisions) for key, score in ochiai(base).items()}
    report["scores"] = [[p, line, s] for (p, line), s in scores.items()]
    value_test = next((n for n in failing if base.names[n] == first), failing[0])
    traced = run_tests(config, files, config["test_limit"], trace=True, values_for=value_test,
                       only=[value_test])
    report["value_test"] = base.names[value_test]
    report["values"] = {f"{k[-2]}:{k[-1]}" + (":return" if k[0] == "return" else ""): v
                        for k, v in traced.values.items()}
    if not config["repair"]:
        report["note"] = "the repair search is off"
        return report
    report["note"] = "the repair search was stopped by the sandbox's time limit"
    _write(config, report)
    SEARCHING.append(True)
    ranked = sorted(scores.items(), key=lambda kv: (-(kv[1] + config["boost"].get(
        f"{kv[0][0]}:{kv[0][1]}", 0.0)), kv[0][1]))
    lines = [key for key, _ in ranked][:config["lines"]]
    limit = max(0.1, min(1.0, 3 * base.slowest + 0.05))  # traced: slower than a candidate
    passing = [n for n, ok in base.outcomes.items() if ok]
    candidates = python_edits.candidates(sources, lines, config["test_literals"])

    def tried(candidate):
        report["tried"] += 1
        report.setdefault("trail", []).append(
            [candidate["line"], candidate["kind"], round(time.monotonic() - started, 2)])

    searcher = python_search.Searcher(root, candidates, failing, passing, limit, deadline,
                                      tried, _reap)
    args = ["-q", *QUIET, "-o", "addopts=", "--capture=sys", *config["tests"]]
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        usable = python_search.search(args, searcher)
    found = searcher.repair
    if searcher.out_of_time:
        report["note"] = "the repair search ran out of its time budget"
    if not usable:  # one pytest run per candidate instead
        found = _search_by_runs(config, files, root, sources, candidates, failing, passing,
                                limit, deadline, report, tried)
    if found is not None:
        report["repair"] = {k: found[k] for k in
                            ("path", "line", "kind", "original", "replacement")}
        report["repair"]["fixes"] = [base.names[n] for n in failing]
    if report["note"].startswith("the repair search was stopped"):
        report["note"] = ""
    report["seconds"] = time.monotonic() - started
    return report


if __name__ == "__main__":
    _write(json.load(open(sys.argv[1], encoding="utf-8")), main())
