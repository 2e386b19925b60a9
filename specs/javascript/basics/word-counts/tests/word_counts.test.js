const test = require("node:test");
const assert = require("node:assert/strict");
const { wordCounts } = require("./word_counts");

test("returns a Map", () => {
  assert.ok(wordCounts("a b") instanceof Map);
});

test("counts repeated words", () => {
  const counts = wordCounts("the cat and the hat");
  assert.equal(counts.get("the"), 2);
  assert.equal(counts.get("cat"), 1);
});

test("ignores letter case", () => {
  assert.equal(wordCounts("Go go GO").get("go"), 3);
});

test("words named like object built-ins are counted normally", () => {
  const counts = wordCounts("constructor toString constructor __proto__");
  assert.equal(counts.get("constructor"), 2);
  assert.equal(counts.get("tostring"), 1);
  assert.equal(counts.get("__proto__"), 1);
});

test("empty or blank text has no words", () => {
  assert.equal(wordCounts("").size, 0);
  assert.equal(wordCounts("   ").size, 0);
});

test("splits on any whitespace", () => {
  const counts = wordCounts("a  b\n\ta");
  assert.deepEqual([...counts], [["a", 2], ["b", 1]]);
});

test("keeps the order in which words first appear", () => {
  assert.deepEqual([...wordCounts("zebra apple zebra mango").keys()], ["zebra", "apple", "mango"]);
});
