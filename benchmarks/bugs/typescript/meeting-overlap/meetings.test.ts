import { test } from "node:test";
import assert from "node:assert/strict";
import { clashes, overlaps } from "./meetings.ts";

const standup = { title: "standup", start: 540, end: 555 };
const review = { title: "review", start: 550, end: 600 };
const lunch = { title: "lunch", start: 720, end: 780 };
const retro = { title: "retro", start: 780, end: 810 };

test("overlapping meetings clash", () => {
  assert.equal(overlaps(standup, review), true);
});

test("far apart meetings do not clash", () => {
  assert.equal(overlaps(standup, lunch), false);
});

test("a meeting that starts when another ends does not clash", () => {
  assert.equal(overlaps(lunch, retro), false);
});

test("lists every clashing pair", () => {
  const result = clashes([standup, review, lunch, retro]);
  assert.deepEqual(result, [["standup", "review"]]);
});
