const test = require("node:test");
const assert = require("node:assert/strict");
const { cartTotal, formatPrice } = require("./cart_total");

test("ten cents plus twenty cents is exactly thirty cents", () => {
  assert.equal(cartTotal([0.1, 0.2]), 0.3);
});

test("cents that add up to whole dollars give a whole number", () => {
  assert.equal(cartTotal([19.99, 5.01]), 25);
});

test("many small prices do not drift", () => {
  assert.equal(cartTotal(Array(10).fill(0.01)), 0.1);
  assert.equal(cartTotal([1.1, 2.2, 3.3]), 6.6);
});

test("an empty cart costs nothing", () => {
  assert.equal(cartTotal([]), 0);
});

test("formatPrice always shows two decimals", () => {
  assert.equal(formatPrice(3.1), "$3.10");
  assert.equal(formatPrice(0), "$0.00");
  assert.equal(formatPrice(12), "$12.00");
});

test("formatPrice hides floating point noise", () => {
  assert.equal(formatPrice(0.1 + 0.2), "$0.30");
});
