import { test } from "node:test";
import assert from "node:assert/strict";
import { isUser, parseUsers } from "./user_guard.ts";

test("accepts a complete user", () => {
  assert.equal(isUser({ id: 1, name: "Ana", email: "ana@example.org", tags: ["admin"] }), true);
});

test("accepts a user without the optional email", () => {
  assert.equal(isUser({ id: 2, name: "Ben", tags: [] }), true);
});

test("rejects null, arrays and other non-objects without crashing", () => {
  for (const value of [null, undefined, [], [1], "Ana", 42]) {
    assert.equal(isUser(value), false, `isUser(${JSON.stringify(value)})`);
  }
});

test("rejects fields of the wrong type", () => {
  assert.equal(isUser({ id: "1", name: "Ana", tags: [] }), false);
  assert.equal(isUser({ id: 1.5, name: "Ana", tags: [] }), false);
  assert.equal(isUser({ id: 1, name: 7, tags: [] }), false);
  assert.equal(isUser({ id: 1, name: "Ana", email: 3, tags: [] }), false);
});

test("rejects missing or mixed tags", () => {
  assert.equal(isUser({ id: 1, name: "Ana" }), false);
  assert.equal(isUser({ id: 1, name: "Ana", tags: ["ok", 2] }), false);
});

test("parseUsers keeps only the valid users, in order", () => {
  const json = JSON.stringify([
    { id: 1, name: "Ana", tags: ["admin"] },
    { id: 2 },
    null,
    { id: 3, name: "Cy", tags: [] },
  ]);
  assert.deepEqual(parseUsers(json), [
    { id: 1, name: "Ana", tags: ["admin"] },
    { id: 3, name: "Cy", tags: [] },
  ]);
});

test("parseUsers refuses JSON that is not an array", () => {
  assert.throws(() => parseUsers('{"id": 1}'), TypeError);
  assert.throws(() => parseUsers("null"), TypeError);
});
