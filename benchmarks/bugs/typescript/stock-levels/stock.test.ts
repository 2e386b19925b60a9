import { test } from "node:test";
import assert from "node:assert/strict";
import { lowStock, stockLevels } from "./stock.ts";

test("no deliveries, no stock", () => {
  assert.equal(stockLevels([]).size, 0);
});

test("low stock is sorted", () => {
  const levels = new Map([["b", 1], ["a", 2], ["c", 50]]);
  assert.deepEqual(lowStock(levels, 5), ["a", "b"]);
});

test("one delivery", () => {
  assert.equal(stockLevels([{ sku: "pen", qty: 4 }]).get("pen"), 4);
});

test("deliveries add up", () => {
  const levels = stockLevels([{ sku: "pen", qty: 4 }, { sku: "ink", qty: 1 }, { sku: "pen", qty: 6 }]);
  assert.deepEqual([...levels], [["pen", 10], ["ink", 1]]);
});
