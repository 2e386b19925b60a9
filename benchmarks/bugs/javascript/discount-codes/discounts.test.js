const test = require("node:test");
const assert = require("node:assert/strict");
const { applyCode, total } = require("./discounts");

test("no code, no discount", () => {
  assert.equal(applyCode(40, ""), 40);
});

test("VIP takes a quarter off", () => {
  assert.equal(applyCode(40, "VIP"), 30);
});

test("STAFF halves the price", () => {
  assert.equal(total([10, 20, 30], "STAFF"), 30);
});

test("WELCOME takes ten percent off", () => {
  assert.equal(applyCode(50, "WELCOME"), 45);
});
