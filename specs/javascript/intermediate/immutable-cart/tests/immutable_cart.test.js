const test = require("node:test");
const assert = require("node:assert/strict");
const { addItem, setQuantity } = require("./immutable_cart");

const makeCart = () => ({
  owner: "Ana",
  items: [
    { name: "tea", qty: 1 },
    { name: "milk", qty: 2 },
  ],
});

test("addItem appends a new item", () => {
  const next = addItem(makeCart(), "bread", 1);
  assert.deepEqual(next, {
    owner: "Ana",
    items: [
      { name: "tea", qty: 1 },
      { name: "milk", qty: 2 },
      { name: "bread", qty: 1 },
    ],
  });
});

test("addItem increases the quantity of a known item", () => {
  const next = addItem(makeCart(), "tea", 2);
  assert.deepEqual(next.items, [
    { name: "tea", qty: 3 },
    { name: "milk", qty: 2 },
  ]);
});

test("addItem leaves the original cart unchanged", () => {
  const cart = makeCart();
  addItem(cart, "bread", 1);
  addItem(cart, "tea", 5);
  assert.deepEqual(cart, makeCart());
});

test("setQuantity changes one item", () => {
  const next = setQuantity(makeCart(), "milk", 6);
  assert.deepEqual(next.items, [
    { name: "tea", qty: 1 },
    { name: "milk", qty: 6 },
  ]);
});

test("setQuantity to zero removes the item", () => {
  const next = setQuantity(makeCart(), "tea", 0);
  assert.deepEqual(next.items, [{ name: "milk", qty: 2 }]);
});

test("setQuantity leaves the original cart and its items unchanged", () => {
  const cart = makeCart();
  const firstItem = cart.items[0];
  setQuantity(cart, "tea", 9);
  assert.deepEqual(cart, makeCart());
  assert.equal(firstItem.qty, 1);
});

test("setQuantity of an unknown item changes nothing", () => {
  const next = setQuantity(makeCart(), "coffee", 3);
  assert.deepEqual(next, makeCart());
});

test("the updated cart is a new object with a new items array", () => {
  const cart = makeCart();
  const next = addItem(cart, "bread", 1);
  assert.notEqual(next, cart);
  assert.notEqual(next.items, cart.items);
});
