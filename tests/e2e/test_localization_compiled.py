"""Per-test coverage ranking for the compiled languages, through the real `temper localize`:
a wrong line in the branch only the failing tests take is ranked at the top."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.e2e.localizing import folder_with, localize

SHIPPING_GO = '''package shipping

// Cost of sending a parcel: 4 up to 5 kg, then 3 for every further kg.
func Cost(weight int) int {
	if weight <= 5 {
		return 4
	}
	extra := weight - 5
	return 4 + extra*3 - 1
}
'''
SHIPPING_GO_TESTS = '''package shipping

import "testing"

func TestLight(t *testing.T) {
	if got := Cost(1); got != 4 {
		t.Errorf("Cost(1) = %d, want 4", got)
	}
}

func TestFive(t *testing.T) {
	if got := Cost(5); got != 4 {
		t.Errorf("Cost(5) = %d, want 4", got)
	}
}

func TestHeavy(t *testing.T) {
	cases := []struct{ weight, want int }{{6, 7}, {10, 19}}
	for _, c := range cases {
		if got := Cost(c.weight); got != c.want {
			t.Errorf("Cost(%d) = %d, want %d", c.weight, got, c.want)
		}
	}
}
'''
SHIPPING_C = """#include "shipping.h"

/* Cost of sending a parcel: 4 up to 5 kg, then 3 for every further kg. */
int cost(int weight)
{
    if (weight <= 5) {
        return 4;
    }
    int extra = weight - 5;
    return 4 + extra * 3 - 1;
}
"""
SHIPPING_C_TESTS = """#include "temper_test.h"
#include "shipping.h"

TEST(light) { CHECK_EQ_INT(cost(1), 4); }
TEST(five) { CHECK_EQ_INT(cost(5), 4); }
TEST(six) { CHECK_EQ_INT(cost(6), 7); }
TEST(ten) { CHECK_EQ_INT(cost(10), 19); }

int main(void)
{
    RUN(light);
    RUN(five);
    RUN(six);
    RUN(ten);
    return temper_done();
}
"""
NAME_C = """#include <string.h>
#include "name.h"

/* The length of a name; a missing name (NULL) counts as 0. */
int name_length(const char *name)
{
    if (name == NULL) {
        return (int)strlen(name);
    }
    return (int)strlen(name);
}
"""
NAME_C_TESTS = """#include "temper_test.h"
#include "name.h"

TEST(ada) { CHECK_EQ_INT(name_length("Ada"), 3); }
TEST(empty) { CHECK_EQ_INT(name_length(""), 0); }
TEST(missing) { CHECK_EQ_INT(name_length(0), 0); }

int main(void)
{
    RUN(ada);
    RUN(empty);
    RUN(missing);
    return temper_done();
}
"""
SEARCH_C = """#include "search.h"

/* The position of target in the sorted xs, or -1. */
int find(const int *xs, int n, int target)
{
    int low = 0, high = n - 1;
    while (low <= high) {
        int mid = (low + high) / 2;
        if (xs[mid] == target)
            return mid;
        if (xs[mid] < target)
            low = mid;
        else
            high = mid - 1;
    }
    return -1;
}
"""
SEARCH_C_TESTS = """#include "temper_test.h"
#include "search.h"

static const int xs[] = {1, 3, 5};
TEST(middle) { CHECK_EQ_INT(find(xs, 3, 3), 1); }
TEST(first) { CHECK_EQ_INT(find(xs, 3, 1), 0); }
TEST(too_small) { CHECK_EQ_INT(find(xs, 3, 0), -1); }
TEST(last) { CHECK_EQ_INT(find(xs, 3, 5), 2); }

int main(void)
{
    RUN(middle);
    RUN(first);
    RUN(too_small);
    RUN(last);
    return temper_done();
}
"""


@pytest.mark.skipif(shutil.which("go") is None, reason="needs the go command")
def test_go_per_test_coverage_ranks_the_faulty_line_first(home: Path, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("TEMPER_REPAIR_SEARCH", "false")  # the spectrum alone
    folder = folder_with(tmp_path, {"go.mod": "module example.com/shipping\n\ngo 1.19\n",
                                    "shipping.go": SHIPPING_GO,
                                    "shipping_test.go": SHIPPING_GO_TESTS})
    found = localize(folder)
    assert found["method"] == "spectrum", found
    top = [(s["path"], s["line"]) for s in found["suspects"][:3]]
    assert top[0] == ("shipping.go", 9), found
    assert ("shipping.go", 6) not in top  # the branch every passing test takes
    assert "per-test coverage of 3 tests" in found["note"]


@pytest.mark.skipif(shutil.which("gcc") is None or shutil.which("gcov") is None,
                    reason="needs gcc and gcov")
def test_c_per_test_coverage_ranks_the_faulty_line_first(home: Path, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("TEMPER_REPAIR_SEARCH", "false")  # the spectrum alone
    folder = folder_with(tmp_path, {"shipping.c": SHIPPING_C, "shipping.h": "int cost(int w);\n",
                                    "test_shipping.c": SHIPPING_C_TESTS})
    found = localize(folder)
    assert found["method"] == "spectrum", found
    top = [(s["path"], s["line"]) for s in found["suspects"][:3]]
    assert top[0] == ("shipping.c", 10), found
    assert ("shipping.c", 7) not in top  # the branch every passing test takes
    assert "per-test coverage of 4 tests" in found["note"]


@pytest.mark.skipif(shutil.which("gcc") is None or shutil.which("gcov") is None,
                    reason="needs gcc and gcov")
def test_c_a_test_that_crashes_keeps_its_coverage(home: Path, tmp_path: Path):
    folder = folder_with(tmp_path, {"name.c": NAME_C,
                                    "name.h": "int name_length(const char *name);\n",
                                    "test_name.c": NAME_C_TESTS})
    found = localize(folder)
    assert "per-test coverage of 3 tests" in found["note"], found  # the crashed one included
    assert (found["suspects"][0]["path"], found["suspects"][0]["line"]) == ("name.c", 8), found
    assert found["run"] == "2 passed, 1 failed"


@pytest.mark.skipif(shutil.which("gcc") is None or shutil.which("gcov") is None,
                    reason="needs gcc and gcov")
def test_c_a_test_that_never_ends_keeps_its_coverage(home: Path, tmp_path: Path):
    folder = folder_with(tmp_path, {"search.c": SEARCH_C,
                                    "search.h": "int find(const int *xs, int n, int target);\n",
                                    "test_search.c": SEARCH_C_TESTS})
    found = localize(folder)
    assert found["run"] == "3 passed, 1 failed", found
    assert "per-test coverage of 4 tests" in found["note"], found  # the endless one included
    assert (found["suspects"][0]["path"], found["suspects"][0]["line"]) == ("search.c", 12), found
