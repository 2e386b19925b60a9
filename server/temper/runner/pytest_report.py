"""A pytest plugin loaded in the child process: writes one JSON report of every test.

It records, per test, the outcome, the failure message, what the test printed, its source and the
traceback frames (file and line), and for collection errors the syntax or import error's place.
On SIGUSR1 it prints the current stack, so a hung run still says where it hangs.
It imports nothing from Temper, so it runs in any interpreter that has pytest.
"""

import faulthandler
import inspect
import json
import os
import signal
import traceback

import pytest

_tests = []
_errors = []

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
