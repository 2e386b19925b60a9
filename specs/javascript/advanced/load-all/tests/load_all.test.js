const test = require("node:test");
const assert = require("node:assert/strict");
const { loadAll, loadAllSettled } = require("./load_all");

// A fake loader: each id takes `delays[id]` ms (default 5); ids starting with "bad" fail.
// `stats.maxActive` is the largest number of loads that were running at the same time.
function fakeLoader(delays = {}) {
  const stats = { active: 0, maxActive: 0 };
  const load = async (id) => {
    stats.active += 1;
    stats.maxActive = Math.max(stats.maxActive, stats.active);
    await new Promise((resolve) => setTimeout(resolve, delays[id] ?? 5));
    stats.active -= 1;
    if (id.startsWith("bad")) {
      throw new Error(`cannot load ${id}`);
    }
    return `item ${id}`;
  };
  return { load, stats };
}

test("loadAll keeps the order of the ids, not the finishing order", async () => {
  const { load } = fakeLoader({ a: 40, b: 5, c: 20 });
  assert.deepEqual(await loadAll(["a", "b", "c"], load), ["item a", "item b", "item c"]);
});

test("loadAll starts every load at the same time", async () => {
  const { load, stats } = fakeLoader();
  await loadAll(["a", "b", "c", "d"], load);
  assert.equal(stats.maxActive, 4);
});

test("loadAll of no ids is an empty array", async () => {
  const { load } = fakeLoader();
  assert.deepEqual(await loadAll([], load), []);
});

test("loadAll rejects when a load fails", async () => {
  const { load } = fakeLoader();
  await assert.rejects(loadAll(["a", "bad-b"], load), { message: "cannot load bad-b" });
});

test("loadAllSettled reports every outcome in the order of the ids", async () => {
  const { load } = fakeLoader({ a: 30, "bad-b": 5, c: 15 });
  assert.deepEqual(await loadAllSettled(["a", "bad-b", "c"], load), [
    { id: "a", ok: true, value: "item a" },
    { id: "bad-b", ok: false, error: "cannot load bad-b" },
    { id: "c", ok: true, value: "item c" },
  ]);
});

test("loadAllSettled resolves even when everything fails", async () => {
  const { load } = fakeLoader();
  const reports = await loadAllSettled(["bad-1", "bad-2"], load);
  assert.deepEqual(reports.map((r) => r.ok), [false, false]);
});

test("loadAllSettled also loads in parallel", async () => {
  const { load, stats } = fakeLoader();
  await loadAllSettled(["a", "bad-b", "c"], load);
  assert.equal(stats.maxActive, 3);
});
