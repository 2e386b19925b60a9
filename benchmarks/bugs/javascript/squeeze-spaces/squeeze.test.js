const test = require("node:test");
const assert = require("node:assert/strict");
const { squeeze } = require("./squeeze");

test("text without double spaces is unchanged", () => {
  assert.equal(squeeze("a b c"), "a b c");
});

test("trims the ends", () => {
  assert.equal(squeeze(" hi "), "hi");
});

test("collapses a run of spaces", () => {
  assert.equal(squeeze("a    b"), "a b");
});
