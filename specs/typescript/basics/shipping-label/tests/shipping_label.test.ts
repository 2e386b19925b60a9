import { test } from "node:test";
import assert from "node:assert/strict";
import { cityOf, labelFor, wantsReceipt } from "./shipping_label.ts";
import type { Order } from "./shipping_label.ts";

const full: Order = {
  id: 1,
  customer: { name: "Ana", address: { street: "1 Main St", city: "Lyon", postcode: "69001" } },
};

test("cityOf finds the city", () => {
  assert.equal(cityOf(full), "Lyon");
});

test("cityOf is unknown without a customer or an address", () => {
  assert.equal(cityOf({ id: 2 }), "unknown");
  assert.equal(cityOf({ id: 3, customer: { name: "Ben" } }), "unknown");
});

test("labelFor writes name, street, city and postcode", () => {
  assert.equal(labelFor(full), "Ana\n1 Main St\nLyon 69001");
});

test("labelFor leaves out a missing postcode", () => {
  const order: Order = { id: 4, customer: { name: "Cy", address: { street: "2 Rue", city: "Nice" } } };
  assert.equal(labelFor(order), "Cy\n2 Rue\nNice");
});

test("labelFor without an address says collect in store", () => {
  assert.equal(labelFor({ id: 5, customer: { name: "Ben" } }), "Ben\n(collect in store)");
});

test("labelFor without a customer throws an error naming the order", () => {
  assert.throws(() => labelFor({ id: 42 }), (err: unknown) => err instanceof Error && /42/.test(err.message));
});

test("wantsReceipt defaults to true when missing", () => {
  assert.equal(wantsReceipt({ id: 6 }), true);
  assert.equal(wantsReceipt({ id: 7, receipt: true }), true);
});

test("wantsReceipt keeps an explicit false", () => {
  assert.equal(wantsReceipt({ id: 8, receipt: false }), false);
});
