import { test } from "node:test";
import assert from "node:assert/strict";
import { normalizeTags } from "./normalize_tags.ts";

test("splits a comma-separated string into tags", () => {
  assert.deepEqual(normalizeTags("typescript,node"), ["typescript", "node"]);
});

test("trims and lower-cases string tags and drops empty ones", () => {
  assert.deepEqual(normalizeTags("TypeScript, node ,  "), ["typescript", "node"]);
});

test("cleans an array of tags", () => {
  assert.deepEqual(normalizeTags([" Go", "RUST "]), ["go", "rust"]);
});

test("removes repeats, keeping the first", () => {
  assert.deepEqual(normalizeTags([" Go", "rust", "go"]), ["go", "rust"]);
  assert.deepEqual(normalizeTags("a,B,b,A"), ["a", "b"]);
});

test("missing tags give an empty array", () => {
  assert.deepEqual(normalizeTags(undefined), []);
});

test("an empty string or array gives an empty array", () => {
  assert.deepEqual(normalizeTags(""), []);
  assert.deepEqual(normalizeTags([]), []);
  assert.deepEqual(normalizeTags(["  ", ""]), []);
});

test("a single tag without commas stays one tag", () => {
  assert.deepEqual(normalizeTags("javascript"), ["javascript"]);
});
