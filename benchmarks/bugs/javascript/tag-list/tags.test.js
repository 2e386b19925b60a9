const test = require("node:test");
const assert = require("node:assert/strict");
const { hasTag, addTag } = require("./tags");

test("finds a later tag", () => {
  assert.equal(hasTag(["js", "web"], "WEB"), true);
});

test("empty tag is ignored", () => {
  assert.deepEqual(addTag(["js"], "  "), ["js"]);
});

test("adds a new tag", () => {
  assert.deepEqual(addTag(["js"], " Node "), ["js", "node"]);
});

test("finds the first tag", () => {
  assert.equal(hasTag(["js", "web"], "js"), true);
});

test("does not add a duplicate", () => {
  const result = addTag(["js", "web"], "JS");
  assert.deepEqual(result, ["js", "web"]);
});
