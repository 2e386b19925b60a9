import { test } from "node:test";
import assert from "node:assert/strict";
import { mergeStock, take, missingItems } from "./stock_merge.ts";

const stockA = () => new Map([["tea", 2], ["milk", 1]]);
const stockB = () => new Map([["tea", 3], ["jam", 4]]);

test("mergeStock adds up shared items and keeps the others", () => {
  assert.deepEqual([...mergeStock(stockA(), stockB())], [["tea", 5], ["milk", 1], ["jam", 4]]);
});

test("mergeStock leaves both inputs unchanged", () => {
  const a = stockA();
  const b = stockB();
  mergeStock(a, b);
  assert.deepEqual([...a], [...stockA()]);
  assert.deepEqual([...b], [...stockB()]);
});

test("take lowers the quantity in a new map", () => {
  const stock = stockA();
  const next = take(stock, "tea", 1);
  assert.equal(next.get("tea"), 1);
  assert.equal(stock.get("tea"), 2);
});

test("take removes an item when none is left", () => {
  const next = take(stockA(), "milk", 1);
  assert.equal(next.has("milk"), false);
  assert.deepEqual([...next], [["tea", 2]]);
});

test("take of an unknown item throws an error naming it", () => {
  assert.throws(() => take(stockA(), "coffee", 1), /coffee/);
});

test("take of more than there is throws and changes nothing", () => {
  const stock = stockA();
  assert.throws(() => take(stock, "tea", 3), /tea/);
  assert.equal(stock.get("tea"), 2);
});

test("missingItems lists unknown items and items with quantity zero", () => {
  const stock = new Map([["tea", 2], ["sugar", 0]]);
  assert.deepEqual(missingItems(stock, ["tea", "sugar", "coffee"]), ["sugar", "coffee"]);
});

test("missingItems of nothing wanted is empty", () => {
  assert.deepEqual(missingItems(stockA(), []), []);
});
