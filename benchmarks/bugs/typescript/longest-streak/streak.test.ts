import { test } from "node:test";
import assert from "node:assert/strict";
import { longestStreak, streaks } from "./streak.ts";

test("runs of consecutive days", () => {
  assert.deepEqual(streaks([1, 2, 3, 7, 8, 10]), [3, 2, 1]);
});

test("longest of several runs", () => {
  assert.equal(longestStreak([4, 5, 9, 10, 11]), 3);
});

test("no days, no streak", () => {
  assert.equal(longestStreak([]), 0);
});
