const test = require("node:test");
const assert = require("node:assert/strict");
const { paidTotal, customersWhoPaid, largestOrder } = require("./order_summary");

const orders = [
  { customer: "Ben", amount: 20, status: "paid" },
  { customer: "Ana", amount: 50, status: "pending" },
  { customer: "Cleo", amount: 8, status: "paid" },
  { customer: "Ben", amount: 5, status: "paid" },
  { customer: "Dev", amount: 99, status: "refunded" },
];

test("paidTotal adds only the paid orders", () => {
  assert.equal(paidTotal(orders), 33);
});

test("paidTotal of a single paid order is its amount", () => {
  assert.equal(paidTotal([{ customer: "Ana", amount: 12, status: "paid" }]), 12);
});

test("paidTotal is zero when nothing is paid", () => {
  assert.equal(paidTotal([]), 0);
  assert.equal(paidTotal([{ customer: "Ana", amount: 12, status: "pending" }]), 0);
});

test("customersWhoPaid lists each paying customer once, alphabetically", () => {
  assert.deepEqual(customersWhoPaid(orders), ["Ben", "Cleo"]);
});

test("customersWhoPaid of no orders is an empty array", () => {
  assert.deepEqual(customersWhoPaid([]), []);
});

test("largestOrder finds the biggest amount, whatever the status", () => {
  assert.equal(largestOrder(orders), orders[4]);
});

test("largestOrder keeps the first order on a tie", () => {
  const tie = [
    { customer: "Ana", amount: 10, status: "paid" },
    { customer: "Ben", amount: 10, status: "paid" },
  ];
  assert.equal(largestOrder(tie), tie[0]);
});

test("largestOrder of no orders is undefined", () => {
  assert.equal(largestOrder([]), undefined);
});

test("the orders are not changed", () => {
  const before = structuredClone(orders);
  paidTotal(orders);
  customersWhoPaid(orders);
  largestOrder(orders);
  assert.deepEqual(orders, before);
});
