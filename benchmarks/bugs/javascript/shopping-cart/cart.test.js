const test = require("node:test");
const assert = require("node:assert/strict");
const { Cart } = require("./cart");

test("adds up items", () => {
  const cart = new Cart();
  cart.add("pen", 2, 3);
  cart.add("pad", 4);
  assert.equal(cart.total, 10);
});

test("counts quantities", () => {
  const cart = new Cart();
  cart.add("pen", 2, 3);
  assert.equal(cart.count(), 3);
});

test("clear empties the cart", () => {
  const cart = new Cart();
  cart.add("pen", 2);
  cart.clear();
  assert.equal(cart.count(), 0);
});

test("total starts again after clear", () => {
  const cart = new Cart();
  cart.add("pen", 2);
  cart.clear();
  cart.add("ink", 5);
  assert.equal(cart.total, 5);
});
