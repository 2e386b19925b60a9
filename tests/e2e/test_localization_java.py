"""Java's per-test coverage ranking (JaCoCo's agent and analyzer, Debian's libjacoco-java),
through the real `temper localize`: a wrong line in the branch only the failing tests take is
ranked first (in a package whose folders do not follow it, as javac allows); a test that never
ends is left out of the coverage run."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from temper.runner import coverage_tools
from tests.e2e.localizing import folder_with, localize

SHIPPING = """package shipping;

public class Shipping {
    /** Cost of sending a parcel: 4 up to 5 kg, then 3 for every further kg. */
    public static int cost(int weight) {
        if (weight <= 5) {
            return 4;
        }
        int extra = weight - 5;
        return 4 + extra * 3 - 1;
    }

    /** How many parcels of at most `limit` kg the weights need, packed in order. */
    public static int parcels(int[] weights, int limit) {
        int count = 0, load = limit;
        for (int i = 0; i < weights.length; ) {
            if (load + weights[i] <= limit) {
                load += weights[i];
                i++;
            } else {
                count++;
                load = 0;
            }
        }
        return count;
    }
}
"""
SHIPPING_TEST = """package shipping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ShippingTest {
    @Test
    void light() {
        assertEquals(4, Shipping.cost(1));
    }

    @Test
    void five() {
        assertEquals(4, Shipping.cost(5));
    }

    @Test
    void six() {
        assertEquals(7, Shipping.cost(6));
    }

    @Test
    void ten() {
        assertEquals(19, Shipping.cost(10));
    }
}
"""
PARCELS_TEST = """package shipping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ParcelsTest {
    @Test
    void none() {
        assertEquals(0, Shipping.parcels(new int[] {}, 10));
    }

    @Test
    void tooHeavy() {
        assertEquals(1, Shipping.parcels(new int[] {12}, 10));
    }
}
"""


def need_java() -> None:
    missing = [tool for tool in ("javac", "java") if shutil.which(tool) is None]
    why = coverage_tools.jacoco_missing()
    if missing or why:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must have Java coverage: missing {missing or why}")
        pytest.skip(f"needs {missing or why}")


def test_java_per_test_coverage_ranks_the_faulty_line_first(home: Path, tmp_path: Path):
    need_java()
    folder = folder_with(tmp_path, {"Shipping.java": SHIPPING,
                                    "ShippingTest.java": SHIPPING_TEST})
    found = localize(folder)
    assert found["method"] == "spectrum", found
    assert "per-test coverage of 4 tests" in found["note"], found
    top = [(s["path"], s["line"]) for s in found["suspects"][:3]]
    assert top[0] == ("Shipping.java", 10), found
    assert ("Shipping.java", 7) not in top  # the branch every passing test takes


def test_java_a_test_that_never_ends_is_left_out(home: Path, tmp_path: Path):
    need_java()
    folder = folder_with(tmp_path, {"Shipping.java": SHIPPING,
                                    "ShippingTest.java": SHIPPING_TEST,
                                    "ParcelsTest.java": PARCELS_TEST})
    found = localize(folder)
    assert found["run"] == "3 passed, 3 failed", found  # six and ten fail; tooHeavy never ends
    # the hung test is not run again: the probe finishes within its budget with the other five
    assert "per-test coverage of 5 tests" in found["note"], found
    assert (found["suspects"][0]["path"], found["suspects"][0]["line"]) == \
        ("Shipping.java", 10), found
