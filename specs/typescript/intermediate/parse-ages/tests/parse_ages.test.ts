import { test } from "node:test";
import assert from "node:assert/strict";
import { parseAge, parseAges } from "./parse_ages.ts";

test("parses a plain age, ignoring surrounding spaces", () => {
  assert.deepEqual(parseAge("42"), { ok: true, value: 42 });
  assert.deepEqual(parseAge(" 7 "), { ok: true, value: 7 });
});

test("0 and 150 are valid ages", () => {
  assert.deepEqual(parseAge("0"), { ok: true, value: 0 });
  assert.deepEqual(parseAge("150"), { ok: true, value: 150 });
});

test("empty text is an error, not zero", () => {
  assert.deepEqual(parseAge(""), { ok: false, error: "age is empty" });
  assert.deepEqual(parseAge("   "), { ok: false, error: "age is empty" });
});

test("text that only starts with digits is not a number", () => {
  assert.deepEqual(parseAge("12abc"), { ok: false, error: "not a whole number: 12abc" });
});

test("signs, decimals and exponents are refused", () => {
  for (const text of ["-3", "4.5", "1e2", "0x10"]) {
    assert.deepEqual(parseAge(text), { ok: false, error: `not a whole number: ${text}` });
  }
});

test("ages above 150 are out of range", () => {
  assert.deepEqual(parseAge("151"), { ok: false, error: "out of range: 151" });
});

test("parseAges succeeds when every text is an age", () => {
  assert.deepEqual(parseAges(["1", " 2", "3 "]), { ok: true, value: [1, 2, 3] });
  assert.deepEqual(parseAges([]), { ok: true, value: [] });
});

test("parseAges reports the first failure with its position", () => {
  assert.deepEqual(parseAges(["30", "4x", "999"]), { ok: false, error: "item 2: not a whole number: 4x" });
});
