const test = require("node:test");
const assert = require("node:assert/strict");
const { makeMultipliers, makeCounter } = require("./loop_closures");

test("makes the requested number of functions", () => {
  assert.equal(makeMultipliers(4).length, 4);
  assert.equal(makeMultipliers(0).length, 0);
});

test("each multiplier remembers its own position", () => {
  const fns = makeMultipliers(3);
  assert.deepEqual(fns.map((fn) => fn(10)), [0, 10, 20]);
});

test("the first multiplier gives zero", () => {
  assert.equal(makeMultipliers(5)[0](7), 0);
});

test("a counter starts at its start value and counts up", () => {
  const counter = makeCounter(5);
  assert.equal(counter.current(), 5);
  assert.equal(counter.increment(), 6);
  assert.equal(counter.increment(), 7);
  assert.equal(counter.current(), 7);
});

test("two counters do not share their count", () => {
  const a = makeCounter(0);
  const b = makeCounter(100);
  a.increment();
  b.increment();
  assert.equal(a.current(), 1);
  assert.equal(b.current(), 101);
});

test("making a new counter does not reset an existing one", () => {
  const a = makeCounter(0);
  a.increment();
  makeCounter(50);
  assert.equal(a.current(), 1);
});
