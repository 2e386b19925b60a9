"""JavaScript/TypeScript localization through the real `temper localize`: a condition on a line
that starts with `} else if` is ranked and repaired, a test that never ends counts by the
coverage it had, a test that fails only after the others (shared state) is seen failing as in the
run, a case that runs on into the next is repaired with its `break`, and two neighbouring
declarations with their names exchanged are found (TypeScript)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from temper.runner.node import MissingNode, typescript_node
from tests.e2e.localizing import folder_with, localize

BAND_JS = """// Parcel size by weight in kg: small up to 2, medium up to 10, large above.
function band(weight) {
  if (weight <= 2) {
    return "small";
  } else if (weight < 10) {
    return "medium";
  }
  return "large";
}

module.exports = { band };
"""
BAND_TESTS = """const test = require("node:test");
const assert = require("node:assert/strict");
const { band } = require("./band");

test("one kilo is small", () => assert.equal(band(1), "small"));
test("two kilos are small", () => assert.equal(band(2), "small"));
test("five kilos are medium", () => assert.equal(band(5), "medium"));
test("ten kilos are still medium", () => assert.equal(band(10), "medium"));
test("thirty kilos are large", () => assert.equal(band(30), "large"));
"""
DIGITS_JS = """// The decimal digits of n, most significant first.
function digits(n) {
  const out = [];
  while (n > 0) {
    out.unshift(n % 10);
  }
  return out;
}

module.exports = { digits };
"""
DIGITS_TESTS = """const test = require("node:test");
const assert = require("node:assert/strict");
const { digits } = require("./digits");

test("zero has no digits here", () => assert.deepEqual(digits(0), []));
test("a negative number has none either", () => assert.deepEqual(digits(-3), []));
test("forty-two", () => assert.deepEqual(digits(42), [4, 2]));
"""
LIGHT_JS = """// The colour a traffic light shows after `colour`.
function next(colour) {
  let after;
  switch (colour) {
    case "green":
      after = "amber";
    case "amber":
      after = "red";
      break;
    default:
      after = "green";
  }
  return after;
}

module.exports = { next };
"""
LIGHT_TESTS = """const test = require("node:test");
const assert = require("node:assert/strict");
const { next } = require("./light");

test("red turns green", () => assert.equal(next("red"), "green"));
test("amber turns red", () => assert.equal(next("amber"), "red"));
test("green turns amber", () => assert.equal(next("green"), "amber"));
"""
VISITS_JS = """// Counts page visits; reset() starts the count again.
let count = 0;
const seen = [];

function visit(page) {
  seen.push(page);
  count += 1;
  return count;
}

function reset() {
  seen.length = 0;
}

module.exports = { visit, reset };
"""
VISITS_TESTS = """const test = require("node:test");
const assert = require("node:assert/strict");
const { visit, reset } = require("./visits");

test("the first visit counts one", () => { reset(); assert.equal(visit("home"), 1); });
test("a second visit counts two", () => assert.equal(visit("about"), 2));
test("reset starts the count again", () => { reset(); assert.equal(visit("home"), 1); });
"""
SETTING_TS = """// A "key=value" setting as [key, value], split at the first "=".
export function parse(setting: string): [string, string] {
  const at = setting.indexOf("=");
  const value = setting.slice(0, at);
  const key = setting.slice(at + 1);
  return [key, value];
}
"""
SETTING_TESTS = """import test from "node:test";
import assert from "node:assert/strict";
import { parse } from "./setting.ts";

test("a name and a number", () => assert.deepEqual(parse("a=1"), ["a", "1"]));
test("the same on both sides", () => assert.deepEqual(parse("x=x"), ["x", "x"]));
test("nothing on either side", () => assert.deepEqual(parse("="), ["", ""]));
"""

needs_node = pytest.mark.skipif(shutil.which("node") is None, reason="needs node")


def top(found: dict) -> tuple[str, int]:
    return found["suspects"][0]["path"], found["suspects"][0]["line"]


@needs_node
def test_a_bound_on_an_else_if_line_is_ranked_and_repaired(home: Path, tmp_path: Path):
    found = localize(folder_with(tmp_path, {"band.js": BAND_JS, "band.test.js": BAND_TESTS}))
    assert found["run"] == "4 passed, 1 failed", found
    assert top(found) == ("band.js", 5), found  # `} else if (weight < 10) {`
    assert found["method"] == "repair" and found["repair"]["kind"] == "off-by-one", found
    assert "replacement" not in found["repair"]  # the fix stays the coach's secret


@needs_node
def test_a_test_that_never_ends_counts_by_its_coverage(home: Path, tmp_path: Path):
    found = localize(folder_with(tmp_path, {"digits.js": DIGITS_JS,
                                            "digits.test.js": DIGITS_TESTS}))
    assert found["run"] == "2 passed, 1 failed", found
    assert "1 test(s) that never end" in found["note"], found
    # the loop's body runs only in the endless test; the loop's condition in every test
    assert top(found) == ("digits.js", 5), found
    assert found["seconds"] < 8, found


@needs_node
def test_a_test_failing_only_after_the_others_fails_in_the_probe_too(home: Path,
                                                                     tmp_path: Path):
    # alone, "reset starts the count again" passes; the probe runs the tests together as the
    # run does, taking each one's coverage in that one process
    found = localize(folder_with(tmp_path, {"visits.js": VISITS_JS,
                                            "visits.test.js": VISITS_TESTS}))
    assert found["run"] == "2 passed, 1 failed", found
    assert found["method"] == "spectrum", found
    # reset(), which one passing test runs too, before visit(), which both passing tests run
    assert top(found) in (("visits.js", 11), ("visits.js", 12)), found


@needs_node
def test_a_case_that_runs_on_into_the_next_is_repaired_on_its_last_statement(
        home: Path, tmp_path: Path):
    found = localize(folder_with(tmp_path, {"light.js": LIGHT_JS, "light.test.js": LIGHT_TESTS}))
    assert found["run"] == "2 passed, 1 failed", found
    assert top(found) == ("light.js", 6), found  # not the `case "green":` label above it
    assert found["method"] == "repair" and found["repair"]["kind"] == "missing-case", found


def test_typescript_names_exchanged_between_neighbouring_lines_are_found(
        home: Path, tmp_path: Path):
    try:
        typescript_node()
    except MissingNode as missing:
        pytest.skip(str(missing))
    found = localize(folder_with(tmp_path, {"setting.ts": SETTING_TS,
                                            "setting.test.ts": SETTING_TESTS}))
    assert found["run"] == "2 passed, 1 failed", found
    assert found["method"] == "repair" and found["repair"]["kind"] == "variable", found
    assert top(found) in (("setting.ts", 4), ("setting.ts", 5)), found
