import { test } from "node:test";
import assert from "node:assert/strict";
import { minMax, describeRange } from "./min_max.ts";

test("finds the smallest and largest value", () => {
  assert.deepEqual(minMax([3, -3, 7]), [-3, 7]);
});

test("works when every value is positive", () => {
  assert.deepEqual(minMax([5, 9, 6]), [5, 9]);
});

test("works when every value is negative", () => {
  assert.deepEqual(minMax([-5, -9, -6]), [-9, -5]);
});

test("a single value is both smallest and largest", () => {
  assert.deepEqual(minMax([4]), [4, 4]);
});

test("an empty array has no range", () => {
  assert.equal(minMax([]), undefined);
});

test("describeRange names both ends", () => {
  assert.equal(describeRange([3, -3, 7]), "from -3 to 7");
});

test("describeRange of equal values says only", () => {
  assert.equal(describeRange([4, 4]), "only 4");
});

test("describeRange of nothing says so", () => {
  assert.equal(describeRange([]), "no values");
});
