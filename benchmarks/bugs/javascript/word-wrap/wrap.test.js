const test = require("node:test");
const assert = require("node:assert/strict");
const { wrap } = require("./wrap");

test("short text stays on one line", () => {
  assert.deepEqual(wrap("hi there", 20), ["hi there"]);
});

test("empty text has no lines", () => {
  assert.deepEqual(wrap("", 10), []);
});

test("breaks between words", () => {
  assert.deepEqual(wrap("the quick brown fox", 10), ["the quick", "brown fox"]);
});

test("a line may be exactly the width", () => {
  const result = wrap("abc def ghi", 7);
  assert.deepEqual(result, ["abc def", "ghi"]);
});
