const test = require("node:test");
const assert = require("node:assert/strict");
const { retry } = require("./retry");

// A task that fails `failures` times, then resolves to "ok"; it counts its calls.
function flaky(failures) {
  const task = async () => {
    task.calls += 1;
    if (task.calls <= failures) {
      throw new Error(`failure ${task.calls}`);
    }
    return "ok";
  };
  task.calls = 0;
  return task;
}

test("returns the result when the first call succeeds", async () => {
  const task = flaky(0);
  assert.equal(await retry(task, 3), "ok");
  assert.equal(task.calls, 1);
});

test("retries a rejected promise until it succeeds", async () => {
  const task = flaky(2);
  assert.equal(await retry(task, 5), "ok");
  assert.equal(task.calls, 3);
});

test("rejects with the last error after the final attempt", async () => {
  const task = flaky(10);
  await assert.rejects(retry(task, 3), { message: "failure 3" });
  assert.equal(task.calls, 3);
});

test("a task that throws before returning a promise is retried too", async () => {
  let calls = 0;
  const task = () => {
    calls += 1;
    if (calls === 1) {
      throw new Error("sync failure");
    }
    return Promise.resolve(42);
  };
  assert.equal(await retry(task, 2), 42);
});

test("refuses zero or invalid attempts without calling the task", async () => {
  const task = flaky(0);
  await assert.rejects(retry(task, 0), RangeError);
  await assert.rejects(retry(task, 1.5), RangeError);
  assert.equal(task.calls, 0);
});

test("waits between attempts", async () => {
  const task = flaky(2);
  const started = Date.now();
  await retry(task, 3, 40);
  assert.ok(Date.now() - started >= 70, "two pauses of 40 ms should take at least 70 ms");
});

test("does not wait after the final failure", async () => {
  const task = flaky(10);
  const started = Date.now();
  await assert.rejects(retry(task, 1, 500));
  assert.ok(Date.now() - started < 400, "a single failed attempt should not pause");
});
