import { test } from "node:test";
import assert from "node:assert/strict";
import { evaluate } from "./rpn.ts";

test("a single number", () => {
  assert.equal(evaluate("7"), 7);
});

test("addition", () => {
  assert.equal(evaluate("2 3 +"), 5);
});

test("mixed with multiplication", () => {
  assert.equal(evaluate("3 4 + 2 *"), 14);
});

test("subtraction keeps its order", () => {
  assert.equal(evaluate("10 4 -"), 6);
});

test("division keeps its order", () => {
  assert.equal(evaluate("8 2 /"), 4);
});
