"""The C test harness header, compiled with gcc and run for real: one JSON line per test."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

HARNESS = Path(__file__).resolve().parents[2] / "server/temper/runner/c_harness/temper_test.h"

TEST_FILE = r"""
#include "temper_test.h"

static int add(int a, int b) { return a + b + (a == 2); }  /* wrong for 2 */
static const char *shout(const char *s) { return s[0] ? "HI\"\\\n\x01\xff" : ""; }

TEST(adds_small_numbers) { CHECK_EQ_INT(add(1, 1), 2); printf("said hello\n"); }
TEST(prints_bytes_that_are_not_utf8) { printf("caf\xc3\xa9 \xff\"\t\x02"); CHECK_EQ_STR("\xc3\xa9", "e"); }
TEST(adds_two_and_three) { CHECK_EQ_INT(add(2, 3), 5); CHECK(0); }
TEST(shouts_strange_text) { CHECK_EQ_STR(shout("hi"), "HI"); }
TEST(null_is_not_text) { CHECK_EQ_STR(NULL, "x"); }
TEST(two_nulls_are_equal) { CHECK_EQ_STR(NULL, NULL); CHECK_EQ_STR(shout(""), ""); }
TEST(condition_with_percent) { CHECK(add(1, 1) == 3 && "100%"); }
TEST(doubles_within_tolerance) { CHECK_EQ_DBL(0.1 + 0.2, 0.3, 1e-9); }
TEST(doubles_outside_tolerance) { CHECK_EQ_DBL(1.0, 2.0, 0.5); }
TEST(dereferences_null) { puts("before the crash"); volatile int *p = NULL; *p = 1; }
TEST(aborts) { abort(); }
TEST(loops_forever) { for (;;) {} }
TEST(calls_exit) { exit(0); }
TEST(prints_a_lot) { for (int i = 0; i < 100000; i++) printf("line %d\n", i); }

int main(void)
{
    printf("stray text from main\n");
    RUN(adds_small_numbers);
    RUN(prints_bytes_that_are_not_utf8);
    RUN(adds_two_and_three);
    RUN(shouts_strange_text);
    RUN(null_is_not_text);
    RUN(two_nulls_are_equal);
    RUN(condition_with_percent);
    RUN(doubles_within_tolerance);
    RUN(doubles_outside_tolerance);
    RUN(dereferences_null);
    RUN(aborts);
    RUN(loops_forever);
    RUN(calls_exit);
    RUN(prints_a_lot);
    return temper_done();
}
"""


def _gcc() -> str:
    gcc = shutil.which("gcc")
    if gcc is None:
        if os.environ.get("CI") == "true":
            pytest.fail("gcc is missing on CI")
        pytest.skip("gcc is not installed")
    return gcc


def _build(tmp_path: Path, source: str) -> Path:
    shutil.copy(HARNESS, tmp_path / "temper_test.h")
    (tmp_path / "test_demo.c").write_text(source)
    build = subprocess.run(
        [_gcc(), "-std=c11", "-Wall", "-Wextra", "-Werror", "-g", "-o", "temper_tests",
         "test_demo.c", "-lm"],
        cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert build.returncode == 0, build.stderr
    return tmp_path / "temper_tests"


@pytest.fixture(scope="module")
def results(tmp_path_factory) -> tuple[subprocess.CompletedProcess, dict[str, dict]]:
    binary = _build(tmp_path_factory.mktemp("c_harness"), TEST_FILE)
    run = subprocess.run([str(binary)], capture_output=True, timeout=60)
    lines = run.stdout.decode("utf-8").splitlines()
    parsed = [json.loads(line) for line in lines]  # every line is valid JSON
    return run, {entry["name"]: entry for entry in parsed}


def test_every_test_gets_one_line_in_order_and_nothing_else_on_stdout(results):
    run, by_name = results
    assert list(by_name) == [
        "adds_small_numbers", "prints_bytes_that_are_not_utf8", "adds_two_and_three", "shouts_strange_text", "null_is_not_text",
        "two_nulls_are_equal", "condition_with_percent", "doubles_within_tolerance",
        "doubles_outside_tolerance", "dereferences_null", "aborts", "loops_forever",
        "calls_exit", "prints_a_lot"]
    assert b"stray text from main" in run.stderr
    assert run.returncode == 1


def test_a_pass_carries_the_test_output(results):
    assert results[1]["adds_small_numbers"] == {
        "name": "adds_small_numbers", "status": "pass", "output": "said hello\n"}
    assert results[1]["two_nulls_are_equal"] == {"name": "two_nulls_are_equal", "status": "pass"}
    assert results[1]["doubles_within_tolerance"]["status"] == "pass"


def test_a_failed_int_check_names_expression_values_file_and_line_and_stops_the_test(results):
    entry = results[1]["adds_two_and_three"]
    assert entry == {"name": "adds_two_and_three", "status": "fail",
                     "message": "add(2, 3) == 5: got 6, expected 5",
                     "actual": "6", "expected": "5", "file": "test_demo.c", "line": TEST_FILE.splitlines().index(
                         'TEST(adds_two_and_three) { CHECK_EQ_INT(add(2, 3), 5); CHECK(0); }') + 1}


def test_strings_are_escaped_for_json_and_shown_as_c_literals(results):
    entry = results[1]["shouts_strange_text"]
    assert entry["status"] == "fail"
    # quotes, backslash, newline and control bytes, and a byte that is not UTF-8, are shown
    # with C escapes
    assert entry["message"] == (
        'shout("hi") == "HI": got "HI\\"\\\\\\n\\x01\\xff", expected "HI"')
    assert entry["expected"] == '"HI"' and entry["actual"].startswith('"HI\\"')


def test_output_that_is_not_utf8_still_makes_a_valid_json_line(results):
    entry = results[1]["prints_bytes_that_are_not_utf8"]
    assert entry["output"] == 'caf\u00e9 \ufffd"\t\u0002'
    assert entry["message"] == '"\\xc3\\xa9" == "e": got "\u00e9", expected "e"'


def test_null_strings_are_compared_safely(results):
    assert results[1]["null_is_not_text"]["message"] == 'NULL == "x": got NULL, expected "x"'
    assert results[1]["null_is_not_text"]["actual"] == "NULL"


def test_a_plain_check_shows_its_condition_even_with_percent_signs(results):
    assert results[1]["condition_with_percent"]["message"] == (
        'add(1, 1) == 3 && "100%": got false, expected true')
    entry = results[1]["condition_with_percent"]
    assert (entry["actual"], entry["expected"]) == ("false", "true")


def test_doubles_outside_the_tolerance_fail(results):
    assert results[1]["doubles_outside_tolerance"]["message"] == (
        "1.0 == 2.0 (within 0.5): got 1, expected 2")
    entry = results[1]["doubles_outside_tolerance"]
    assert (entry["actual"], entry["expected"]) == ("1", "2")


def test_a_crash_fails_only_its_test_and_names_the_signal(results):
    crash = results[1]["dereferences_null"]
    assert crash["status"] == "error"
    assert crash["message"] == "crashed: Segmentation fault (SIGSEGV)"
    assert crash["output"] == "before the crash\n"
    assert results[1]["aborts"]["message"] == "crashed: Aborted (SIGABRT)"
    assert results[1]["prints_a_lot"]["status"] == "pass"  # later tests still run


def test_an_endless_loop_times_out(results):
    assert results[1]["loops_forever"] == {
        "name": "loops_forever", "status": "error", "message": "timed out after 2 s",
        "timeout": True}


def test_exit_in_the_middle_of_a_test_is_an_error_not_a_pass(results):
    entry = results[1]["calls_exit"]
    assert entry["status"] == "error" and "exited with status 0" in entry["message"]


def test_huge_output_is_truncated(results):
    output = results[1]["prints_a_lot"]["output"]
    assert output.startswith("line 0\nline 1\n")
    assert output.endswith("[output truncated]") and len(output) < 600


def test_all_passing_tests_exit_zero(tmp_path: Path):
    binary = _build(tmp_path, '#include "temper_test.h"\n'
                              "TEST(ok) { CHECK(1); CHECK_EQ_STR(\"a\", \"a\"); }\n"
                              "int main(void) { RUN(ok); return temper_done(); }\n")
    run = subprocess.run([str(binary)], capture_output=True, text=True, timeout=30)
    assert run.returncode == 0
    assert run.stdout == '{"name":"ok","status":"pass"}\n'


def test_a_check_outside_any_test_is_reported_on_stderr(tmp_path: Path):
    binary = _build(tmp_path, '#include "temper_test.h"\n'
                              "TEST(ok) { CHECK(1); }\n"
                              "int main(void) { RUN(ok); CHECK_EQ_INT(1 + 1, 3);"
                              " return temper_done(); }\n")
    run = subprocess.run([str(binary)], capture_output=True, text=True, timeout=30)
    assert run.returncode == 2
    assert run.stdout == '{"name":"ok","status":"pass"}\n'
    assert "check failed outside a TEST at test_demo.c:3: 1 + 1 == 3: got 2, expected 3" \
        in run.stderr
