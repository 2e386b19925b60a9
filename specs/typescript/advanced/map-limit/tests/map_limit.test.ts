import { test } from "node:test";
import assert from "node:assert/strict";
import { mapLimit } from "./map_limit.ts";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// A task that waits `ms` milliseconds and records what runs when.
function tracker() {
  const log: string[] = [];
  const stats = { active: 0, maxActive: 0 };
  const task = async (ms: number, index: number): Promise<string> => {
    log.push(`start ${index}`);
    stats.active += 1;
    stats.maxActive = Math.max(stats.maxActive, stats.active);
    await sleep(ms);
    stats.active -= 1;
    log.push(`end ${index}`);
    if (ms < 0) {
      throw new Error(`task ${index} failed`);
    }
    return `done ${index}`;
  };
  return { task, log, stats };
}

test("returns the results in the order of the items", async () => {
  const { task } = tracker();
  assert.deepEqual(await mapLimit([40, 5, 20], 3, task), ["done 0", "done 1", "done 2"]);
});

test("runs up to the limit at the same time, never more", async () => {
  const { task, stats } = tracker();
  await mapLimit([10, 10, 10, 10, 10], 2, task);
  assert.equal(stats.maxActive, 2);
});

test("starts the next item as soon as one finishes, not in batches", async () => {
  const { task, log } = tracker();
  await mapLimit([60, 5, 5, 5], 2, task);
  assert.ok(log.indexOf("start 3") < log.indexOf("end 0"), `order was: ${log.join(", ")}`);
});

test("an empty list gives an empty result", async () => {
  const { task } = tracker();
  assert.deepEqual(await mapLimit([], 3, task), []);
});

test("a limit larger than the list runs everything at once", async () => {
  const { task, stats } = tracker();
  await mapLimit([5, 5], 10, task);
  assert.equal(stats.maxActive, 2);
});

test("rejects with the first error and starts nothing after it", async () => {
  const { task, log } = tracker();
  await assert.rejects(mapLimit([-5, 30, 10, 10, 10], 2, task), { message: "task 0 failed" });
  await sleep(80);
  assert.deepEqual(log.filter((entry) => entry.startsWith("start")), ["start 0", "start 1"]);
});

test("refuses a limit that is not a positive whole number", async () => {
  const { task, log } = tracker();
  await assert.rejects(mapLimit([1], 0, task), RangeError);
  await assert.rejects(mapLimit([1], 1.5, task), RangeError);
  assert.deepEqual(log, []);
});
