import { test } from "node:test";
import assert from "node:assert/strict";
import { groupBy, countBy } from "./group_by.ts";

const words = ["apple", "fig", "kiwi", "pear"];

test("groups items with the same key, keeping their order", () => {
  const groups = groupBy(words, (w) => w.length);
  assert.deepEqual(groups.get(4), ["kiwi", "pear"]);
  assert.deepEqual(groups.get(5), ["apple"]);
});

test("number keys stay numbers", () => {
  const groups = groupBy(words, (w) => w.length);
  assert.equal(groups.has(3), true);
  assert.equal(groups.has("3" as unknown as number), false);
});

test("keys come in the order they are first met", () => {
  assert.deepEqual([...groupBy(words, (w) => w.length).keys()], [5, 3, 4]);
});

test("works with boolean keys and objects as items", () => {
  const people = [{ name: "Ana", age: 17 }, { name: "Ben", age: 30 }, { name: "Cy", age: 12 }];
  const groups = groupBy(people, (p) => p.age >= 18);
  assert.deepEqual(groups.get(false)?.map((p) => p.name), ["Ana", "Cy"]);
  assert.deepEqual(groups.get(true)?.map((p) => p.name), ["Ben"]);
});

test("no items give an empty map", () => {
  assert.equal(groupBy([], (x: number) => x).size, 0);
  assert.equal(countBy([], (x: number) => x).size, 0);
});

test("countBy counts items per key", () => {
  const counts = countBy([1, 2, 3, 4, 5], (n) => n % 2 === 0);
  assert.deepEqual([...counts], [[false, 3], [true, 2]]);
});

test("countBy with string keys", () => {
  const counts = countBy(["red", "blue", "red"], (c) => c);
  assert.equal(counts.get("red"), 2);
  assert.equal(counts.get("blue"), 1);
});
