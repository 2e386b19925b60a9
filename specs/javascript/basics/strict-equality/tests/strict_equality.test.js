const test = require("node:test");
const assert = require("node:assert/strict");
const { countMatches } = require("./strict_equality");

test("counts repeated numbers", () => {
  assert.equal(countMatches([1, 2, 1, 3], 1), 2);
});

test("a number does not match its text", () => {
  assert.equal(countMatches([1, "1", 1], 1), 2);
  assert.equal(countMatches([1, "1", 1], "1"), 1);
});

test("zero, empty text and false are different values", () => {
  assert.equal(countMatches([0, "", false, "0"], 0), 1);
  assert.equal(countMatches([0, "", false, "0"], false), 1);
  assert.equal(countMatches([0, "", false, "0"], ""), 1);
});

test("null and undefined are different values", () => {
  assert.equal(countMatches([null, undefined, null], null), 2);
  assert.equal(countMatches([null, undefined, null], undefined), 1);
});

test("an array with the same contents is a different object", () => {
  const shared = [1];
  assert.equal(countMatches([[1], shared, [1]], [1]), 0);
  assert.equal(countMatches([[1], shared, [1]], shared), 1);
});

test("an empty array has no matches", () => {
  assert.equal(countMatches([], 5), 0);
});
