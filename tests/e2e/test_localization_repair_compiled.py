"""The repair search of the compiled languages, through the real `temper localize --json`: a small
edit that makes every test pass pins the faulty line and names the kind of mistake (C and Go);
a bug no small edit fixes keeps its per-test coverage ranking; the setting turns the search off."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.e2e.localizing import folder_with, localize
from tests.e2e.test_localization_compiled import NAME_C, NAME_C_TESTS

HAS_C = shutil.which("gcc") is not None and shutil.which("gcov") is not None

AVERAGE_C = """#include "average.h"

/* The mean of the n marks (n > 0), with its fraction. */
double average(const int *marks, int n)
{
    int sum = 0;
    for (int i = 0; i < n; i++) {
        sum += marks[i];
    }
    return (double)(sum / n);
}
"""
AVERAGE_C_TESTS = """#include "temper_test.h"
#include "average.h"

static const int even[] = {4, 4};
static const int halves[] = {2, 3};
static const int four[] = {1, 2, 3, 4};
TEST(whole) { CHECK_EQ_DBL(average(even, 2), 4.0, 1e-9); }
TEST(half) { CHECK_EQ_DBL(average(halves, 2), 2.5, 1e-9); }
TEST(four_marks) { CHECK_EQ_DBL(average(four, 4), 2.5, 1e-9); }

int main(void)
{
    RUN(whole);
    RUN(half);
    RUN(four_marks);
    return temper_done();
}
"""
GRADE_GO = '''package grades

// Grade is "pass" for a score of 50 or more, else "fail".
func Grade(score int) string {
	if score > 50 {
		return "pass"
	}
	return "fail"
}
'''
GRADE_GO_TESTS = '''package grades

import "testing"

func TestHigh(t *testing.T) {
	if got := Grade(80); got != "pass" {
		t.Errorf("Grade(80) = %q, want pass", got)
	}
}

func TestLow(t *testing.T) {
	if got := Grade(10); got != "fail" {
		t.Errorf("Grade(10) = %q, want fail", got)
	}
}

func TestExactlyFifty(t *testing.T) {
	if got := Grade(50); got != "pass" {
		t.Errorf("Grade(50) = %q, want pass", got)
	}
}
'''
# NAME_C (shared with test_localization_compiled): a NULL name should count as 0, and no
# operator, constant or bound edit makes it so


def _average(tmp_path: Path) -> Path:
    return folder_with(tmp_path, {"average.c": AVERAGE_C,
                                  "average.h": "double average(const int *marks, int n);\n",
                                  "test_average.c": AVERAGE_C_TESTS})


@pytest.mark.skipif(not HAS_C, reason="needs gcc and gcov")
def test_c_a_small_edit_that_passes_every_test_pins_the_line(home: Path, tmp_path: Path):
    found = localize(_average(tmp_path))
    assert found["run"] == "1 passed, 2 failed", found
    assert found["method"] == "repair", found
    repair = found["repair"]
    assert (repair["path"], repair["line"], repair["kind"]) == ("average.c", 10, "arithmetic")
    assert repair["original"] == "return (double)(sum / n);"
    assert "replacement" not in repair  # the fix stays the coach's
    assert sorted(repair["fixes"]) == ["four_marks", "half"]
    assert (found["suspects"][0]["path"], found["suspects"][0]["line"]) == ("average.c", 10)


@pytest.mark.skipif(shutil.which("go") is None, reason="needs the go command")
def test_go_a_small_edit_that_passes_every_test_pins_the_line(home: Path, tmp_path: Path):
    folder = folder_with(tmp_path, {"go.mod": "module example.com/grades\n\ngo 1.19\n",
                                    "grades.go": GRADE_GO, "grades_test.go": GRADE_GO_TESTS})
    found = localize(folder)
    assert found["run"] == "2 passed, 1 failed", found
    assert found["method"] == "repair", found
    repair = found["repair"]
    assert (repair["path"], repair["line"], repair["kind"]) == ("grades.go", 5, "off-by-one")
    assert repair["original"] == "if score > 50 {"
    assert repair["fixes"] == ["TestExactlyFifty"]
    assert (found["suspects"][0]["path"], found["suspects"][0]["line"]) == ("grades.go", 5)


@pytest.mark.skipif(not HAS_C, reason="needs gcc and gcov")
def test_c_a_bug_no_small_edit_fixes_keeps_its_coverage_ranking(home: Path, tmp_path: Path):
    folder = folder_with(tmp_path, {"name.c": NAME_C,
                                    "name.h": "int name_length(const char *name);\n",
                                    "test_name.c": NAME_C_TESTS})
    found = localize(folder)
    assert found["repair"] is None, found
    assert found["method"] == "spectrum", found
    assert (found["suspects"][0]["path"], found["suspects"][0]["line"]) == ("name.c", 8), found
    assert "per-test coverage of 3 tests" in found["note"], found
    assert "makes the tests pass" in found["note"] or "time budget" in found["note"], found


@pytest.mark.skipif(not HAS_C, reason="needs gcc and gcov")
def test_c_the_setting_turns_the_search_off(home: Path, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("TEMPER_REPAIR_SEARCH", "false")
    found = localize(_average(tmp_path))
    assert found["repair"] is None, found
    assert found["method"] == "spectrum", found
    assert "the repair search is off" in found["note"], found
