const test = require("node:test");
const assert = require("node:assert/strict");
const { toNumber, sumInputs } = require("./sum_inputs");

test("toNumber reads whole and decimal numbers, ignoring surrounding spaces", () => {
  assert.equal(toNumber("42"), 42);
  assert.equal(toNumber(" 3.5 "), 3.5);
  assert.equal(toNumber("-7"), -7);
});

test("toNumber gives NaN for blank input", () => {
  assert.ok(Number.isNaN(toNumber("")), "empty text is not a number");
  assert.ok(Number.isNaN(toNumber("   ")), "spaces only are not a number");
});

test("toNumber gives NaN when only the start is a number", () => {
  assert.ok(Number.isNaN(toNumber("12abc")));
});

test("sumInputs adds numbers instead of joining text", () => {
  assert.equal(sumInputs(["2", "3"]), 5);
});

test("sumInputs skips blank and invalid inputs", () => {
  assert.equal(sumInputs(["4", "", "abc", "1.5"]), 5.5);
});

test("sumInputs of nothing is the number zero", () => {
  assert.equal(sumInputs([]), 0);
});

test("sumInputs handles negative numbers", () => {
  assert.equal(sumInputs(["-1", "1", "10"]), 10);
});
