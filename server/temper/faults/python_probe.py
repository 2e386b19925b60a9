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

VALUE_HITS = 3
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


class Recorder:
    """A pytest plugin: each test's outcome and, when tracing, the learner lines it ran."""

    def __init__(self, files, limit, trace=True, values_for=None):
        self.files, self.limit, self.trace = files, limit, trace
        self.values_for = values_for
        self.outcomes, self.lines, self.values, self.names = {}, {}, {}, {}

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

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_call(self, item):
        hits = set()
        values = {} if self.values_for == item.nodeid else None
        if self.trace:
            sys.settrace(self._tracer(hits, values))
        signal.setitimer(signal.ITIMER_REAL, self.limit)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            sys.settrace(None)
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


def run_tests(config, files, limit, trace=False, values_for=None, only=None):
    """One in-process pytest run over fresh copies of the learner's and the tests' modules."""
    root = os.getcwd()
    for name, module in list(sys.modules.items()):
        path = getattr(module, "__file__", None) or ""
        if path and os.path.abspath(path).startswith(root + os.sep):
            del sys.modules[name]
    recorder = Recorder(files, limit, trace, values_for)
    args = ["-q", *QUIET, "-o", "addopts=", "--capture=sys", *(only or config["tests"])]
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        pytest.main(args, plugins=[recorder])
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


def main():
    config = json.load(open(sys.argv[1], encoding="utf-8"))
    started = time.monotonic()
    deadline = started + config["budget"]
    signal.signal(signal.SIGALRM, _alarm)
    sys.setrecursionlimit(3000)
    root = os.getcwd()
    sys.path.insert(0, root)
    files = {os.path.join(root, rel): rel for rel in config["learner"]}
    first = config.get("first_failing")
    base = run_tests(config, files, config["test_limit"], trace=True)
    per_test = (time.monotonic() - started) / max(1, len(base.outcomes))
    failing = [n for n, ok in base.outcomes.items() if not ok]
    report = {"outcomes": {base.names[n]: ok for n, ok in base.outcomes.items()},
              "scores": [], "values": {}, "value_test": None, "repair": None, "tried": 0,
              "note": ""}
    if not failing:
        report["note"] = "every test passed in the probe"
        return report
    scores = ochiai(base)
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
    ranked = sorted(scores.items(), key=lambda kv: (-(kv[1] + config["boost"].get(
        f"{kv[0][0]}:{kv[0][1]}", 0.0)), kv[0][1]))
    lines = [key for key, _ in ranked][:config["lines"]]
    sources = {rel: open(os.path.join(root, rel), encoding="utf-8").read()
               for rel in config["learner"]}
    limit = max(0.25, min(1.0, 10 * per_test + 0.2))
    passing = [n for n, ok in base.outcomes.items() if ok]
    try:
        for candidate in python_edits.candidates(sources, lines, config["test_literals"]):
            if time.monotonic() > deadline:
                report["note"] = "the repair search ran out of its time budget"
                break
            report["tried"] += 1
            path = os.path.join(root, candidate["path"])
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(candidate["source"])
            quick = run_tests(config, files, limit, only=failing)
            if not quick.outcomes or not all(quick.outcomes.values()):
                continue
            whole = run_tests(config, files, limit, only=failing + passing)
            if len(whole.outcomes) < len(base.outcomes) or not all(whole.outcomes.values()):
                continue
            again = run_tests(config, files, limit, only=failing + passing)
            if all(again.outcomes.values()) and len(again.outcomes) == len(base.outcomes):
                report["repair"] = {k: candidate[k] for k in
                                    ("path", "line", "kind", "original", "replacement")}
                report["repair"]["fixes"] = [base.names[n] for n in failing]
                break
    finally:
        for rel, text in sources.items():
            with open(os.path.join(root, rel), "w", encoding="utf-8") as handle:
                handle.write(text)
    report["seconds"] = time.monotonic() - started
    return report


if __name__ == "__main__":
    result = main()
    with open(json.load(open(sys.argv[1]))["report"], "w", encoding="utf-8") as out:
        json.dump(result, out)
