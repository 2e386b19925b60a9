const test = require("node:test");
const assert = require("node:assert/strict");
const { totalSize, listPaths } = require("./folder_size");

const tree = {
  name: "root",
  children: [
    { name: "a.txt", size: 10 },
    {
      name: "sub",
      children: [
        { name: "b.txt", size: 5 },
        { name: "deep", children: [{ name: "c.txt", size: 1 }] },
        { name: "empty", children: [] },
      ],
    },
    { name: "zero.txt", size: 0 },
  ],
};

test("a file's size is its own size", () => {
  assert.equal(totalSize({ name: "a.txt", size: 7 }), 7);
});

test("a flat folder adds up its files", () => {
  assert.equal(totalSize({ name: "f", children: [{ name: "x", size: 2 }, { name: "y", size: 3 }] }), 5);
});

test("nested folders are counted at every depth", () => {
  assert.equal(totalSize(tree), 16);
});

test("an empty folder has size zero", () => {
  assert.equal(totalSize({ name: "empty", children: [] }), 0);
});

test("listPaths lists nested files with their full paths, in order", () => {
  assert.deepEqual(listPaths(tree), [
    "root/a.txt",
    "root/sub/b.txt",
    "root/sub/deep/c.txt",
    "root/zero.txt",
  ]);
});

test("listPaths of a single file is just its name", () => {
  assert.deepEqual(listPaths({ name: "a.txt", size: 1 }), ["a.txt"]);
});

test("listPaths of an empty folder is empty", () => {
  assert.deepEqual(listPaths({ name: "empty", children: [] }), []);
});
