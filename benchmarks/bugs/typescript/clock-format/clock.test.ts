import { test } from "node:test";
import assert from "node:assert/strict";
import { addMinutes, toClock } from "./clock.ts";

test("afternoon", () => {
  assert.equal(toClock(14 * 60 + 35), "14:35");
});

test("wraps past midnight", () => {
  assert.equal(toClock(25 * 60 + 10), "01:10");
});

test("single-digit minutes", () => {
  assert.equal(toClock(9 * 60 + 5), "09:05");
});

test("adding minutes", () => {
  assert.equal(addMinutes("10:58", 3), "11:01");
});
