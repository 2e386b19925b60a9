const test = require("node:test");
const assert = require("node:assert/strict");
const { median } = require("./median");

test("no values", () => {
  assert.equal(median([]), null);
});

test("single digits, odd count", () => {
  assert.equal(median([3, 1, 2]), 2);
});

test("even count", () => {
  assert.equal(median([4, 1, 3, 2]), 2.5);
});

test("numbers of different lengths", () => {
  const result = median([10, 9, 100]);
  assert.equal(result, 10);
});
