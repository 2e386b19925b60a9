import { test } from "node:test";
import assert from "node:assert/strict";
import { emptyCart, reduce } from "./order_workflow.ts";
import type { OrderAction, OrderState } from "./order_workflow.ts";

// Freeze a state and its items, so any change to it throws.
function frozen(state: OrderState): OrderState {
  if ("items" in state) Object.freeze(state.items);
  return Object.freeze(state);
}

const cart = (...items: string[]) => frozen({ status: "cart", items });
const placed = frozen({ status: "placed", items: ["tea"], placedAt: 100 });
const shipped = frozen({ status: "shipped", items: ["tea"], trackingCode: "ZX1" });
const cancelled = frozen({ status: "cancelled", reason: "changed mind" });

test("adding items to a cart appends them without changing the old state", () => {
  const before = cart("tea");
  assert.deepEqual(reduce(before, { type: "add", item: "jam" }), { status: "cart", items: ["tea", "jam"] });
  assert.deepEqual(before, { status: "cart", items: ["tea"] });
});

test("a whole order goes from cart to shipped", () => {
  const actions: OrderAction[] = [
    { type: "add", item: "tea" },
    { type: "add", item: "jam" },
    { type: "place", at: 1700000000 },
    { type: "ship", trackingCode: "AB12" },
  ];
  assert.deepEqual(actions.reduce(reduce, emptyCart), {
    status: "shipped",
    items: ["tea", "jam"],
    trackingCode: "AB12",
  });
});

test("placing records the time and keeps the items", () => {
  assert.deepEqual(reduce(cart("tea"), { type: "place", at: 5 }), {
    status: "placed",
    items: ["tea"],
    placedAt: 5,
  });
});

test("an empty cart cannot be placed", () => {
  assert.throws(() => reduce(emptyCart, { type: "place", at: 5 }), /empty/);
});

test("a cart or a placed order can be cancelled", () => {
  const action: OrderAction = { type: "cancel", reason: "too slow" };
  assert.deepEqual(reduce(cart("tea"), action), { status: "cancelled", reason: "too slow" });
  assert.deepEqual(reduce(placed, action), { status: "cancelled", reason: "too slow" });
});

test("transitions that are not allowed throw a clear error", () => {
  assert.throws(() => reduce(placed, { type: "add", item: "jam" }), /cannot add an order that is placed/);
  assert.throws(() => reduce(cart("tea"), { type: "ship", trackingCode: "X" }), /cannot ship an order that is cart/);
  assert.throws(() => reduce(placed, { type: "place", at: 9 }), /cannot place an order that is placed/);
});

test("shipped and cancelled orders accept nothing more", () => {
  assert.throws(() => reduce(shipped, { type: "cancel", reason: "late" }), /cannot cancel an order that is shipped/);
  assert.throws(() => reduce(cancelled, { type: "add", item: "tea" }), /cannot add an order that is cancelled/);
});

test("an unknown action type throws an error naming it", () => {
  const refund = { type: "refund" } as unknown as OrderAction;
  assert.throws(() => reduce(placed, refund), /refund/);
});
