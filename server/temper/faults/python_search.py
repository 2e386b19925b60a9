"""The repair search in ONE pytest session, inside the sandboxed probe (standard library and
pytest only).

The tests are collected once. Per candidate, the edited learner module is executed into a fresh
module object, and every module of the folder (tests, conftest, other learner files) that holds
the old module or a function or class of it is pointed at the new one; then the collected test
items run again (`runtestprotocol`, fixtures set up and torn down), each under its own alarm.
That costs milliseconds where a new pytest run per candidate costs a tenth of a second.
"""

import os
import signal
import sys
import time
import types

import pytest
from _pytest.runner import runtestprotocol


def module_name(relpath):
    parts = relpath[:-3].split("/")
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


class Searcher:
    """A pytest plugin whose test loop is the search: it returns the first confirmed repair."""

    def __init__(self, root, candidates, failing, passing, limit, deadline, on_try, reap):
        self.root, self.candidates = root, candidates
        self.failing, self.passing = failing, passing
        self.limit, self.deadline, self.on_try, self.reap = limit, deadline, on_try, reap
        self.repair, self.usable, self.out_of_time = None, False, False

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_call(self, item):
        signal.setitimer(signal.ITIMER_REAL, self.limit)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)

    @pytest.hookimpl(tryfirst=True)
    def pytest_runtestloop(self, session):
        items = {item.nodeid: item for item in session.items}
        if not all(n in items for n in self.failing + self.passing):
            return True  # collected differently from the first run: the caller falls back
        self.usable = True
        failing = [items[n] for n in self.failing]
        everything = failing + [items[n] for n in self.passing]
        for candidate in self.candidates:
            if time.monotonic() > self.deadline:
                self.out_of_time = True
                break
            self.on_try(candidate)
            if not self._load(candidate):
                continue
            if self._pass(failing) and self._pass(everything) and self._pass(everything):
                self.repair = candidate
                break
        return True

    def _pass(self, items):
        for item in items:
            try:
                reports = runtestprotocol(item, log=False, nextitem=None)
            finally:
                self.reap()
            if any(r.failed for r in reports) or not any(r.when == "call" for r in reports):
                return False
        return True

    def _load(self, candidate):
        """Execute the edited source as the learner's module and point the folder at it."""
        name = module_name(candidate["path"])
        path = os.path.join(self.root, candidate["path"])
        module = types.ModuleType(name)
        module.__file__ = path
        if path.endswith("__init__.py"):
            module.__path__ = [os.path.dirname(path)]
        sys.modules[name] = module
        signal.setitimer(signal.ITIMER_REAL, self.limit)
        try:
            exec(compile(candidate["source"], path, "exec"), module.__dict__)
        except BaseException:  # an edit that breaks the module (or loops at import) fails
            return False
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            self.reap()
        self._rebind(name, module)
        return True

    def _rebind(self, name, module):
        prefix = self.root + os.sep
        for other in list(sys.modules.values()):
            where = getattr(other, "__file__", None) or ""
            if other is module or not os.path.abspath(where).startswith(prefix):
                continue
            names = vars(other)
            for key, value in list(names.items()):
                if isinstance(value, types.ModuleType) and value.__name__ == name:
                    names[key] = module
                elif isinstance(value, (types.FunctionType, type)) and \
                        getattr(value, "__module__", None) == name:
                    fresh = getattr(module, value.__name__, None)
                    if fresh is not None:
                        names[key] = fresh


def search(args, searcher):
    """Run the search over the collected tests; False if the session could not be used."""
    pytest.main(["--assert=plain", *args], plugins=[searcher])
    return searcher.usable
