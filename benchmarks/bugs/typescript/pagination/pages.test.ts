import { test } from "node:test";
import assert from "node:assert/strict";
import { page, pageCount } from "./pages.ts";

test("exact multiple of the page size", () => {
  assert.equal(pageCount(20, 10), 2);
});

test("no items, no pages", () => {
  assert.equal(pageCount(0, 10), 0);
});

test("a partial last page still counts", () => {
  assert.equal(pageCount(21, 10), 3);
});

test("second page", () => {
  assert.deepEqual(page([1, 2, 3, 4, 5], 2, 2), { number: 2, items: [3, 4] });
});

test("last page of a partial set", () => {
  const items = ["a", "b", "c"];
  const count = pageCount(items.length, 2);
  const last = page(items, count, 2);
  assert.deepEqual(last.items, ["c"]);
});
