import { test } from "node:test";
import assert from "node:assert/strict";
import { LruCache } from "./lru_cache.ts";

test("stores and returns values", () => {
  const cache = new LruCache<string, number>(2);
  cache.set("a", 1);
  assert.equal(cache.get("a"), 1);
  assert.equal(cache.get("missing"), undefined);
  assert.equal(cache.size, 1);
});

test("evicts the least recently used entry when full", () => {
  const cache = new LruCache<string, number>(2);
  cache.set("a", 1);
  cache.set("b", 2);
  cache.set("c", 3);
  assert.deepEqual(cache.keys(), ["b", "c"]);
  assert.equal(cache.has("a"), false);
});

test("get counts as a use", () => {
  const cache = new LruCache<string, number>(2);
  cache.set("a", 1);
  cache.set("b", 2);
  cache.get("a");
  cache.set("c", 3);
  assert.deepEqual(cache.keys(), ["a", "c"]);
});

test("setting an existing key counts as a use and keeps the size", () => {
  const cache = new LruCache<string, number>(2);
  cache.set("a", 1);
  cache.set("b", 2);
  cache.set("a", 10);
  assert.equal(cache.size, 2);
  cache.set("c", 3);
  assert.deepEqual(cache.keys(), ["a", "c"]);
  assert.equal(cache.get("a"), 10);
});

test("falsy values are stored and used like any other", () => {
  const cache = new LruCache<string, number | string>(2);
  cache.set("zero", 0);
  cache.set("empty", "");
  assert.equal(cache.get("zero"), 0);
  cache.set("new", 1);
  assert.deepEqual(cache.keys(), ["zero", "new"]);
});

test("has does not count as a use", () => {
  const cache = new LruCache<string, number>(2);
  cache.set("a", 1);
  cache.set("b", 2);
  assert.equal(cache.has("a"), true);
  cache.set("c", 3);
  assert.equal(cache.has("a"), false);
});

test("a capacity of one keeps only the latest entry", () => {
  const cache = new LruCache<number, string>(1);
  cache.set(1, "one");
  cache.set(2, "two");
  assert.deepEqual(cache.keys(), [2]);
});

test("refuses a capacity that is not a positive whole number", () => {
  assert.throws(() => new LruCache(0), RangeError);
  assert.throws(() => new LruCache(-3), RangeError);
  assert.throws(() => new LruCache(2.5), RangeError);
});
