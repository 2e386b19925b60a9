"""A pytest plugin loaded in the child process: writes one JSON report of every test.

It records, per test, the outcome, the failure message, what the test printed, its source and the
traceback frames (file and line), and for collection errors the syntax or import error's place.
For a failing test it also records the facts of the failure: each call the test made into the
learner's code (function, arguments, the value returned and the line that returned it) and the
two sides of a failed comparison, from pytest's own assertion introspection.
Each test runs under its own time limit, so an endless loop fails that test alone.
On SIGUSR1 it prints the current stack, so a hung run still says where it hangs.
It imports nothing from Temper, so it runs in any interpreter that has pytest.
"""

import faulthandler
import inspect
import json
import os
import reprlib
import signal
import sys
import traceback

import pytest

_tests = []
_errors = []
_ROOT = os.getcwd() + os.sep
_LIMIT = float(os.environ.get("TEMPER_TEST_TIMEOUT", "3"))  # seconds for one test
_AFTER_HANG = float(os.environ.get("TEMPER_TEST_TIMEOUT_AFTER_HANG", "1"))  # once one has hung
_hangs = 0
_RECORD_CALLS = os.environ.get("TEMPER_FACTS", "1") != "0"
_MAX_CALLS = 64
PROFILE_DEPTH_FACTOR = 2
_repr = reprlib.Repr()
_repr.maxstring, _repr.maxother, _repr.maxlist, _repr.maxdict = 120, 120, 12, 8
_repr.maxlevel = 3


class TestTimeout(BaseException):
    """Raised in a test that ran past its own limit; a BaseException so `except Exception` in
    the learner's loop does not swallow it."""


def _on_alarm(signum, frame):
    raise TestTimeout(f"the test did not finish within its limit of {_limit():g} s")


def _limit():
    return _AFTER_HANG if _hangs else _LIMIT


def _is_test_file(filename):
    name = filename.rsplit(os.sep, 1)[-1]  # no os.path: this runs inside the profile hook
    return name.startswith("test_") or name.endswith("_test.py") or name == "conftest.py"


def _is_learner(filename):
    return filename.startswith(_ROOT) and filename.endswith(".py") \
        and not _is_test_file(filename) and os.sep + "site-packages" + os.sep not in filename


def _render(value):
    try:
        return _repr.repr(value)
    except Exception:  # a learner's __repr__ may raise anything
        return f"<{type(value).__name__}>"


class _Calls:
    """The calls a test makes straight into the learner's code, with what each returned."""

    def __init__(self):
        self.calls = []
        self.open = {}  # id(frame) -> the call it is running

    def __call__(self, frame, event, arg):
        if event == "call":
            caller = frame.f_back
            code = frame.f_code
            if (caller is not None and len(self.calls) < _MAX_CALLS
                    and _is_learner(code.co_filename) and _is_test_file(caller.f_code.co_filename)):
                names = code.co_varnames[:code.co_argcount + code.co_kwonlyargcount]
                values = [frame.f_locals.get(n) for n in names]
                if names and names[0] in ("self", "cls"):
                    names, values = names[1:], values[1:]
                call = {"function": getattr(code, "co_qualname", code.co_name),
                        "arguments": [_render(v) for v in values],
                        "file": code.co_filename, "first_line": code.co_firstlineno,
                        "test_line": caller.f_lineno,
                        "returned": None, "returned_line": None, "finished": False}
                self.calls.append(call)
                self.open[id(frame)] = call
        elif event == "return" and self.open:
            call = self.open.pop(id(frame), None)
            if call is not None:
                call["returned"] = _render(arg)
                call["returned_line"] = frame.f_lineno
                call["finished"] = True


_current = {"calls": None, "compare": None}


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item):
    global _hangs
    calls = _Calls()
    _current["calls"], _current["compare"] = calls, None
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    # repeat, in case the learner's code catches it anyway
    signal.setitimer(signal.ITIMER_REAL, _limit(), 0.25)
    depth = sys.getrecursionlimit()
    if _RECORD_CALLS:
        # with a profile hook every call recurses in C as well (no inlined calls), so the same
        # recursion uses about twice the depth: keep the learner's effective limit unchanged
        sys.setrecursionlimit(depth * PROFILE_DEPTH_FACTOR)
        sys.setprofile(calls)
    try:
        outcome = yield
    finally:
        sys.setprofile(None)
        sys.setrecursionlimit(depth)
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    excinfo = outcome.excinfo
    if excinfo and issubclass(excinfo[0], TestTimeout):
        _hangs += 1


def pytest_assertrepr_compare(config, op, left, right):
    if _current["compare"] is None:
        _current["compare"] = {"op": op, "left": _render(left), "right": _render(right)}
    return None

# When the time runs out the runner sends SIGUSR1 for a stack dump, which shows the line that
# never finished. The dump goes to a copy of stderr, because pytest captures the real one.
_dump = os.fdopen(os.dup(2), "w")
faulthandler.register(signal.SIGUSR1, file=_dump, all_threads=False)


def _frames(tb):
    return [[f.filename, f.lineno] for f in traceback.extract_tb(tb)] if tb else []


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if report.when != "call" and not report.failed:
        return
    entry = {
        "nodeid": report.nodeid,
        "name": item.name,
        "file": str(item.path),
        "line": (item.location[1] or 0) + 1,
        "outcome": report.outcome,
        "when": report.when,
        "output": report.capstdout + report.capstderr,
        "message": None,
        "error_type": None,
        "frames": [],
        "test_code": None,
    }
    try:
        entry["test_code"] = inspect.getsource(item.function)
    except (OSError, TypeError, AttributeError):
        pass
    if call.excinfo is not None and report.failed:
        crash = getattr(report.longrepr, "reprcrash", None)
        entry["message"] = crash.message if crash else call.excinfo.exconly()
        entry["error_type"] = call.excinfo.typename
        entry["frames"] = _frames(call.excinfo.tb)
        if report.when == "call":
            calls = _current["calls"]
            entry["calls"] = calls.calls if calls else []
            entry["compare"] = _current["compare"]
            if call.excinfo.errisinstance(TestTimeout):
                entry["error_type"] = "Timeout"
                entry["message"] = str(call.excinfo.value)
    _tests.append(entry)


def pytest_exception_interact(node, call, report):
    if not isinstance(report, pytest.CollectReport):
        return
    exc = call.excinfo.value
    exc = exc.__cause__ or exc
    entry = {
        "nodeid": report.nodeid,
        "error_type": type(exc).__name__,
        "message": str(report.longreprtext)[-4000:],
        "summary": "".join(traceback.format_exception_only(type(exc), exc)).strip(),
        "frames": _frames(exc.__traceback__),
    }
    if isinstance(exc, SyntaxError):
        entry["syntax"] = [exc.filename, exc.lineno, exc.offset]
    _errors.append(entry)


def pytest_sessionfinish(session, exitstatus):
    with open(os.environ["TEMPER_REPORT"], "w", encoding="utf-8") as handle:
        json.dump({"tests": _tests, "errors": _errors, "exitstatus": int(exitstatus)}, handle)
