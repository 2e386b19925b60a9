const test = require("node:test");
const assert = require("node:assert/strict");
const { parseScores, best } = require("./scores");

test("blank line has no scores", () => {
  assert.deepEqual(parseScores("  "), []);
});

test("single score", () => {
  assert.deepEqual(parseScores("42"), [42]);
});

test("several scores", () => {
  assert.deepEqual(parseScores("12, 7, 30"), [12, 7, 30]);
});

test("best of several", () => {
  assert.equal(best("3,9,4"), 9);
});
