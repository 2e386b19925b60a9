const test = require("node:test");
const assert = require("node:assert/strict");
const { titleCase } = require("./title_case");

test("capitalises each word", () => {
  assert.equal(titleCase("hello world"), "Hello World");
});

test("lower-cases the rest of each word", () => {
  assert.equal(titleCase("hELLO wORLD"), "Hello World");
});

test("a single letter becomes a capital", () => {
  assert.equal(titleCase("a"), "A");
});

test("collapses repeated spaces and trims the ends", () => {
  assert.equal(titleCase("  the   quick fox "), "The Quick Fox");
});

test("empty text stays empty", () => {
  assert.equal(titleCase(""), "");
  assert.equal(titleCase("   "), "");
});

test("only the first character of a word is capitalised", () => {
  assert.equal(titleCase("o'neil is HERE"), "O'neil Is Here");
});
