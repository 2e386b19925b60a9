const test = require("node:test");
const assert = require("node:assert/strict");
const { deepEqual } = require("./deep_equal");

test("compares primitives strictly", () => {
  assert.equal(deepEqual(1, 1), true);
  assert.equal(deepEqual("a", "a"), true);
  assert.equal(deepEqual(1, "1"), false);
  assert.equal(deepEqual(0, false), false);
});

test("NaN equals NaN, but not null", () => {
  assert.equal(deepEqual(NaN, NaN), true);
  assert.equal(deepEqual([NaN], [NaN]), true);
  assert.equal(deepEqual([NaN], [null]), false);
});

test("nested arrays and objects with the same contents are equal", () => {
  assert.equal(deepEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), true);
});

test("a difference deep inside makes them unequal", () => {
  assert.equal(deepEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] }), false);
});

test("arrays of different lengths are unequal", () => {
  assert.equal(deepEqual([1, 2], [1, 2, 3]), false);
  assert.equal(deepEqual([], [undefined]), false);
});

test("key order does not matter", () => {
  assert.equal(deepEqual({ x: 1, y: 2 }, { y: 2, x: 1 }), true);
});

test("a key holding undefined differs from a missing key", () => {
  assert.equal(deepEqual({ a: undefined }, {}), false);
  assert.equal(deepEqual({ a: undefined }, { b: undefined }), false);
});

test("null is not an empty object", () => {
  assert.equal(deepEqual(null, {}), false);
  assert.equal(deepEqual({}, null), false);
  assert.equal(deepEqual({ a: null }, { a: {} }), false);
  assert.equal(deepEqual(null, null), true);
});

test("an array is not an object with the same keys", () => {
  assert.equal(deepEqual([1], { 0: 1 }), false);
  assert.equal(deepEqual([], {}), false);
});
