import { test } from "node:test";
import assert from "node:assert/strict";
import { addTask, removeTask, moveUp } from "./task_list.ts";

// A frozen array throws on any change, like a readonly array would refuse to compile.
const tasks = (): string[] => Object.freeze(["write", "test", "ship"]) as string[];

test("addTask appends a new task without changing the input", () => {
  const before = tasks();
  assert.deepEqual(addTask(before, "deploy"), ["write", "test", "ship", "deploy"]);
  assert.deepEqual(before, ["write", "test", "ship"]);
});

test("addTask skips a task that is already there, ignoring capitals", () => {
  assert.deepEqual(addTask(tasks(), "Test"), ["write", "test", "ship"]);
});

test("addTask to an empty list", () => {
  assert.deepEqual(addTask([], "start"), ["start"]);
});

test("removeTask leaves out one task", () => {
  assert.deepEqual(removeTask(tasks(), 1), ["write", "ship"]);
});

test("removeTask with an index out of range changes nothing", () => {
  assert.deepEqual(removeTask(tasks(), 5), ["write", "test", "ship"]);
  assert.deepEqual(removeTask(tasks(), -1), ["write", "test", "ship"]);
});

test("moveUp swaps a task with the one before it", () => {
  assert.deepEqual(moveUp(tasks(), 2), ["write", "ship", "test"]);
});

test("moveUp of the first task or an index out of range changes nothing", () => {
  assert.deepEqual(moveUp(tasks(), 0), ["write", "test", "ship"]);
  assert.deepEqual(moveUp(tasks(), 3), ["write", "test", "ship"]);
});

test("every function returns a new array", () => {
  const before = tasks();
  assert.notEqual(addTask(before, "test"), before);
  assert.notEqual(removeTask(before, 9), before);
  assert.notEqual(moveUp(before, 0), before);
});
