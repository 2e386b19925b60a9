const test = require("node:test");
const assert = require("node:assert/strict");
const { Tally } = require("./tally");

test("add returns the running total", () => {
  const tally = new Tally();
  assert.equal(tally.add(2), 2);
  assert.equal(tally.add(3), 5);
});

test("addAll adds every amount", () => {
  const tally = new Tally();
  assert.equal(tally.addAll([1, 2, 3]), 6);
  assert.equal(tally.total, 6);
});

test("addAll with no amounts keeps the total", () => {
  const tally = new Tally();
  tally.add(4);
  assert.equal(tally.addAll([]), 4);
});

test("the function from adder works as a callback", () => {
  const tally = new Tally();
  [10, 20].forEach(tally.adder());
  assert.equal(tally.total, 30);
});

test("the function from adder works when called on its own", () => {
  const tally = new Tally();
  const add = tally.adder();
  add(7);
  assert.equal(tally.total, 7);
});

test("each adder adds to its own tally", () => {
  const first = new Tally();
  const second = new Tally();
  const addToFirst = first.adder();
  addToFirst(1);
  second.adder()(5);
  assert.equal(first.total, 1);
  assert.equal(second.total, 5);
});
