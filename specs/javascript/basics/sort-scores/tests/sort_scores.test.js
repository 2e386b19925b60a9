const test = require("node:test");
const assert = require("node:assert/strict");
const { sortScores, topThree } = require("./sort_scores");

test("sorts single digits", () => {
  assert.deepEqual(sortScores([3, 1, 2]), [1, 2, 3]);
});

test("sorts by numeric value, not as text", () => {
  assert.deepEqual(sortScores([10, 9, 100, 1]), [1, 9, 10, 100]);
});

test("sorts negative numbers", () => {
  assert.deepEqual(sortScores([-5, 3, -10]), [-10, -5, 3]);
});

test("sortScores leaves the input unchanged and returns a new array", () => {
  const scores = [3, 1, 2];
  const sorted = sortScores(scores);
  assert.deepEqual(scores, [3, 1, 2]);
  assert.notEqual(sorted, scores, "the result must be a different array");
});

test("an empty array sorts to an empty array", () => {
  assert.deepEqual(sortScores([]), []);
});

test("topThree returns the highest scores, highest first", () => {
  assert.deepEqual(topThree([50, 100, 9, 75]), [100, 75, 50]);
});

test("topThree with fewer than three scores returns them all", () => {
  assert.deepEqual(topThree([4]), [4]);
  assert.deepEqual(topThree([]), []);
});

test("topThree leaves the input unchanged", () => {
  const scores = [50, 100, 9, 75];
  topThree(scores);
  assert.deepEqual(scores, [50, 100, 9, 75]);
});
