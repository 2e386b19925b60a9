import { test } from "node:test";
import assert from "node:assert/strict";
import { fullName, initials } from "./full_name.ts";

test("joins first and last name", () => {
  assert.equal(fullName({ first: "Ada", last: "Lovelace" }), "Ada Lovelace");
});

test("includes the middle name when there is one", () => {
  assert.equal(fullName({ first: "John", middle: "Ronald", last: "Tolkien" }), "John Ronald Tolkien");
});

test("leaves out an empty middle name", () => {
  assert.equal(fullName({ first: "Ada", middle: "", last: "Lovelace" }), "Ada Lovelace");
});

test("leaves out a middle name that is explicitly undefined", () => {
  assert.equal(fullName({ first: "Ada", middle: undefined, last: "Lovelace" }), "Ada Lovelace");
});

test("initials of first and last name", () => {
  assert.equal(initials({ first: "Ada", last: "Lovelace" }), "A.L.");
});

test("initials include the middle name", () => {
  assert.equal(initials({ first: "John", middle: "Ronald", last: "Tolkien" }), "J.R.T.");
});

test("initials are capitals even for lower-case names", () => {
  assert.equal(initials({ first: "ada", last: "lovelace" }), "A.L.");
});
