const test = require("node:test");
const assert = require("node:assert/strict");
const { memoize } = require("./memoize");

// Wrap fn so that its calls are recorded in `counted.calls`.
function counted(fn) {
  const wrapper = (arg) => {
    wrapper.calls.push(arg);
    return fn(arg);
  };
  wrapper.calls = [];
  return wrapper;
}

test("gives the same results as the original function", () => {
  const square = memoize((n) => n * n);
  assert.equal(square(4), 16);
  assert.equal(square(5), 25);
});

test("calls the original once per distinct argument", () => {
  const slow = counted((n) => n * n);
  const square = memoize(slow);
  [2, 2, 3, 3, 2].forEach(square);
  assert.deepEqual(slow.calls, [2, 3]);
});

test("falsy results are remembered too", () => {
  for (const value of [0, "", false, null, undefined]) {
    const slow = counted(() => value);
    const fast = memoize(slow);
    assert.equal(fast("x"), value);
    assert.equal(fast("x"), value);
    assert.equal(slow.calls.length, 1, `a result of ${String(value)} should be remembered`);
  }
});

test("a number and its text are different arguments", () => {
  const kind = memoize((x) => typeof x);
  assert.equal(kind(1), "number");
  assert.equal(kind("1"), "string");
});

test("different objects are different arguments", () => {
  const nameOf = memoize((person) => person.name);
  assert.equal(nameOf({ name: "Ana" }), "Ana");
  assert.equal(nameOf({ name: "Ben" }), "Ben");
});

test("the same object is remembered", () => {
  const slow = counted((list) => list.length);
  const size = memoize(slow);
  const list = [1, 2, 3];
  size(list);
  size(list);
  assert.equal(slow.calls.length, 1);
});

test("a thrown error is not remembered", () => {
  let fail = true;
  const slow = counted(() => {
    if (fail) {
      throw new Error("not yet");
    }
    return "done";
  });
  const fast = memoize(slow);
  assert.throws(() => fast("a"), /not yet/);
  fail = false;
  assert.equal(fast("a"), "done");
  assert.equal(slow.calls.length, 2);
});

test("each memoized function has its own memory", () => {
  const double = memoize((n) => n * 2);
  const triple = memoize((n) => n * 3);
  assert.equal(double(5), 10);
  assert.equal(triple(5), 15);
});
