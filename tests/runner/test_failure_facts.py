"""Failure facts and per-test time limits through the real runner, one small project per
language: a wrong value gives the call, the expected and the actual value; an exception gives
the exception; a test stuck in a loop fails alone as Timeout while the others still report."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from temper.core.results import TIMEOUT, RunResult, Status
from temper.runner import run_tests
from temper.runner.node import MissingNode, typescript_node
from tests.runner.test_languages import need, need_java, write

FIXTURES = Path(__file__).with_name("fixtures") / "facts"


def run(tmp_path_factory, language: str, timeout: float = 60) -> RunResult:
    folder = tmp_path_factory.mktemp(language)
    files = {p.relative_to(FIXTURES / language).as_posix(): p.read_text()
             for p in (FIXTURES / language).rglob("*") if p.is_file()}
    return asyncio.run(run_tests(write(folder, files), language, None, timeout,
                                 backend="local"))


def by_name(result: RunResult) -> dict:
    assert result.status is Status.FAIL, result.message
    return {t.name.rsplit("::", 1)[-1]: t for t in result.tests}


def at(location) -> tuple | None:
    return (location.path, location.line) if location else None


# ---- Java ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def java_run(tmp_path_factory) -> dict:
    need_java()
    return by_name(run(tmp_path_factory, "java"))


def test_java_wrong_value_gives_call_expected_and_actual(java_run):
    facts = java_run["addsSmall"].facts
    assert (facts.call, facts.function, facts.arguments) == ("Calc.add(2, 3)", "add", ("2", "3"))
    assert (facts.actual, facts.expected, facts.comparison) == ("-1", "5", "==")
    assert facts.exception is None and facts.missing == ()


def test_java_exception_gives_the_exception_and_the_learner_frame(java_run):
    failed = java_run["indexes"]
    assert failed.facts.exception == ("ArrayIndexOutOfBoundsException: Index 3 out of bounds "
                                      "for length 1")
    assert failed.facts.call == "Calc.at(new int[] {1}, 3)"
    assert at(failed.learner_location) == ("Calc.java", 10) and failed.facts.missing == ()


def test_java_hanging_test_fails_alone_as_timeout(java_run):
    stuck = java_run["spins"]
    assert stuck.error_type == TIMEOUT and stuck.hung
    assert at(stuck.learner_location) in (("Calc.java", 14), ("Calc.java", 15))
    assert stuck.facts.call == "Calc.spin(1)" and stuck.facts.missing == ()
    assert java_run["addsZero"].status is Status.PASS


def test_java_a_bare_assertion_uses_the_learner_call_above_it(java_run):
    facts = java_run["copiesTheList"].facts
    assert facts.call == "Calc.twice(xs)" and facts.function == "twice"
    assert (facts.actual, facts.expected) == ("[1, 2]", "[1, 2, 1, 2]")


# ---- C (the Temper harness) -----------------------------------------------------------------

@pytest.fixture(scope="module")
def c_run(tmp_path_factory) -> dict:
    need("gcc")
    return by_name(run(tmp_path_factory, "c"))


def test_c_wrong_value_gives_call_expected_and_actual(c_run):
    facts = c_run["adds_small_numbers"].facts
    assert (facts.call, facts.arguments) == ("add(2, 3)", ("2", "3"))
    assert (facts.actual, facts.expected, facts.comparison) == ("-1", "5", "==")
    assert facts.missing == ()
    facts = c_run["greets"].facts
    assert (facts.call, facts.actual, facts.expected) == ('greet("Ada")', '"Hello"',
                                                          '"Hello, Ada"')


def test_c_crash_gives_the_signal_as_the_exception(c_run):
    crashed = c_run["reads_through_null"]
    assert crashed.facts.exception == "crashed: Segmentation fault (SIGSEGV)"
    assert crashed.facts.call == "at(none, 100000)"
    assert at(crashed.learner_location) == ("calc.c", 8)  # no stack: the function called


def test_c_hanging_test_fails_alone_as_timeout(c_run):
    stuck = c_run["spins"]
    assert stuck.error_type == TIMEOUT and stuck.hung and stuck.facts.call == "spin(1)"
    assert at(stuck.learner_location) == ("calc.c", 12)
    assert c_run["adds_zero"].status is Status.PASS


# ---- Go -------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def go_run(tmp_path_factory) -> dict:
    need("go")
    return by_name(run(tmp_path_factory, "go", 60))


def test_go_wrong_value_gives_call_expected_and_actual(go_run):
    facts = go_run["TestAdd"].facts
    assert (facts.call, facts.arguments) == ("Add(2, 3)", ("2", "3"))
    assert (facts.actual, facts.expected, facts.missing) == ("-1", "5", ())
    # the message shows the call with its values: preferred to the source's variables
    facts = go_run["TestReverse"].facts
    assert (facts.call, facts.actual, facts.expected) == ('Reverse("ab")', '"ab"', '"ba"')


def test_go_panic_gives_the_exception_and_the_learner_frame(go_run):
    failed = go_run["TestAt"]
    assert failed.facts.exception == "panic: runtime error: index out of range [3] with length 1"
    assert failed.facts.call == "At([]int{1}, 3)" and failed.facts.missing == ()
    assert at(failed.learner_location) == ("calc.go", 19)


def test_go_hanging_test_fails_alone_as_timeout_and_the_rest_still_run(go_run):
    stuck = go_run["TestSpin"]
    assert stuck.error_type == TIMEOUT and stuck.hung and stuck.facts.call == "Spin(1)"
    assert at(stuck.learner_location) in (("calc.go", 12), ("calc.go", 13))
    assert at(stuck.test_location) == ("calc_test.go", 27)
    # after a panic and a hang, the binary ran again for the test after them
    assert go_run["TestZero"].status is Status.PASS and go_run["TestAdd"].status is Status.FAIL


# ---- Rust (a watchdog gives libtest a per-test limit) ----------------------------------------

@pytest.fixture(scope="module")
def rust_run(tmp_path_factory) -> dict:
    need("cargo")
    return by_name(run(tmp_path_factory, "rust", 120))


def test_rust_wrong_value_gives_call_expected_and_actual(rust_run):
    facts = rust_run["adds_small"].facts
    assert (facts.call, facts.arguments) == ("add(2, 3)", ("2", "3"))
    assert (facts.actual, facts.expected, facts.comparison) == ("-1", "5", "==")
    assert facts.missing == ()
    # assert_eq!(expected, call): `right` is what the learner's code gave
    facts = rust_run["expected_first"].facts
    assert (facts.actual, facts.expected) == ("-1", "5")


def test_rust_panic_gives_the_exception_and_the_learner_frame(rust_run):
    failed = rust_run["indexes"]
    assert failed.facts.exception == "index out of bounds: the len is 1 but the index is 3"
    assert failed.facts.call == "at(&[1], 3)" and failed.facts.missing == ()
    assert at(failed.learner_location) == ("src/lib.rs", 6)
    assert at(failed.test_location) == ("tests/calc.rs", 10)


def test_rust_hanging_test_fails_alone_as_timeout_and_the_rest_still_run(rust_run):
    stuck = rust_run["spins"]
    assert stuck.error_type == TIMEOUT and stuck.hung and stuck.facts.call == "spin(1)"
    assert at(stuck.learner_location) == ("src/lib.rs", 9)  # no stack: the function called
    assert rust_run["zero"].status is Status.PASS  # libtest runs it after `spins`


# ---- JavaScript and TypeScript (node --test) ---------------------------------------------------

@pytest.fixture(scope="module")
def js_run(tmp_path_factory) -> dict:
    need("node")
    return by_name(run(tmp_path_factory, "javascript"))


def test_javascript_wrong_value_gives_call_expected_and_actual(js_run):
    facts = js_run["adds small numbers"].facts
    assert (facts.call, facts.arguments) == ("add(2, 3)", ("2", "3"))
    assert (facts.actual, facts.expected, facts.comparison) == ("-1", "5", "==")
    assert facts.missing == ()
    facts = js_run["ten is Buzz"].facts  # the call above a bare comparison of objects
    assert (facts.call, facts.actual, facts.expected) == (
        "fizz(10)", "{ said: '10' }", "{ said: 'Buzz' }")


def test_javascript_exception_gives_the_exception_and_the_learner_frame(js_run):
    failed = js_run["reads the first name"]
    assert failed.facts.exception.startswith("TypeError: Cannot read properties of undefined")
    assert failed.facts.call == "first([])" and failed.facts.missing == ()
    assert at(failed.learner_location) == ("calc.js", 6)


def test_javascript_endless_loop_fails_alone_as_timeout_at_the_loop(js_run):
    stuck = js_run["spins"]
    assert stuck.status is Status.FAIL and stuck.error_type == TIMEOUT and stuck.hung
    assert at(stuck.learner_location) in (("calc.js", 10), ("calc.js", 11))
    assert at(stuck.test_location) == ("calc.test.js", 18)
    assert stuck.facts.call == "spin(1)" and stuck.facts.missing == ()
    # the tests before it, and the other file's, keep their results; the ones after it run
    assert js_run["adds zero"].status is Status.PASS and js_run["one is 1"].status is Status.PASS
    assert js_run["doubles"].facts.call == "add(4, 4)"


@pytest.fixture(scope="module")
def ts_run(tmp_path_factory) -> dict:
    try:
        typescript_node()
    except MissingNode:
        need("node-24")
    return by_name(run(tmp_path_factory, "typescript"))


def test_typescript_a_test_that_waits_for_ever_fails_alone_as_timeout(ts_run):
    assert ts_run["adds small numbers"].facts.actual == "-1"
    stuck = ts_run["waits for ever"]
    assert stuck.error_type == TIMEOUT and stuck.facts.call == "settle()"
    assert at(stuck.learner_location) == ("calc.ts", 5)
    assert ts_run["adds zero"].status is Status.PASS  # node goes on after the limit


async def test_java_system_exit_gives_the_exception_and_the_call(tmp_path: Path):
    need_java()
    files = {p.name: p.read_text() for p in (FIXTURES / "java").iterdir()}
    files["Calc.java"] = files["Calc.java"].replace("return a - b;", "System.exit(3);\n"
                                                    "        return a + b;")
    result = await run_tests(write(tmp_path, files), "java", None, 60, backend="local")
    exited = next(t for t in result.tests if t.error_type == "SystemExit")
    assert exited.facts.call in ("Calc.add(2, 3)", "Calc.add(0, 0)")
    assert "System.exit" in exited.facts.exception and exited.facts.missing == ()


def test_temper_run_json_shows_the_facts_of_a_plain_c_folder(tmp_path: Path):
    need("gcc")
    folder = write(tmp_path / "calc", {p.name: p.read_text() for p in (FIXTURES / "c").iterdir()})
    done = subprocess.run([sys.executable, "-m", "temper", "run", "--json", "."], cwd=folder,
                          capture_output=True, text=True, timeout=120, check=False,
                          env={**os.environ, "TEMPER_HOME": str(tmp_path / "home")})
    tests = {t["name"]: t for t in json.loads(done.stdout)["tests"]}
    assert tests["adds_small_numbers"]["facts"] == {
        "call": "add(2, 3)", "function": "add", "arguments": ["2", "3"], "actual": "-1",
        "expected": "5", "comparison": "==", "exception": None, "returned_at": None,
        "missing": []}
    assert tests["spins"]["error_type"] == "Timeout" and tests["adds_zero"]["status"] == "pass"
