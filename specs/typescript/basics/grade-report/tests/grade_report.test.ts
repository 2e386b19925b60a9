import { test } from "node:test";
import assert from "node:assert/strict";
import { gradeFor, gradeReport } from "./grade_report.ts";

test("grades scores inside each band", () => {
  assert.equal(gradeFor(95), "A");
  assert.equal(gradeFor(85), "B");
  assert.equal(gradeFor(75), "C");
  assert.equal(gradeFor(40), "F");
});

test("a score on a boundary gets the higher grade", () => {
  assert.equal(gradeFor(90), "A");
  assert.equal(gradeFor(80), "B");
  assert.equal(gradeFor(70), "C");
});

test("a score just below a boundary gets the lower grade", () => {
  assert.equal(gradeFor(89.5), "B");
  assert.equal(gradeFor(69.99), "F");
});

test("0 and 100 are valid scores", () => {
  assert.equal(gradeFor(0), "F");
  assert.equal(gradeFor(100), "A");
});

test("scores out of range or NaN are refused", () => {
  assert.throws(() => gradeFor(-1), RangeError);
  assert.throws(() => gradeFor(101), RangeError);
  assert.throws(() => gradeFor(NaN), RangeError);
});

test("the report lists names per grade, alphabetically", () => {
  assert.deepEqual(gradeReport({ Ben: 72, Ana: 95, Cy: 71 }), {
    A: ["Ana"],
    B: [],
    C: ["Ben", "Cy"],
    F: [],
  });
});

test("the report of no scores has every grade, all empty", () => {
  assert.deepEqual(gradeReport({}), { A: [], B: [], C: [], F: [] });
});
