const test = require("node:test");
const assert = require("node:assert/strict");
const { findUser, displayName } = require("./users");

test("finds a user by id", () => {
  assert.equal(findUser(2).email, "linus@example.com");
});

test("display name of a known user", () => {
  assert.equal(displayName(1), "Ada");
});

test("unknown id gives unknown", () => {
  assert.equal(displayName(99), "unknown");
});
