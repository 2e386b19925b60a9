import assert from "node:assert/strict";
import { test } from "node:test";
import { runSummary, statusView, tail } from "../src/model/status";

test("outside an exercise the item offers to start one", () => {
  const view = statusView({ exercise: null, track: "standard" });
  assert.equal(view.command, "temper.pickExercise");
  assert.equal(view.text, "$(mortar-board) Temper");
});

test("inside an exercise: short name, test state icon, offered level; a click asks for a hint", () => {
  const view = statusView({ exercise: "python/basics/fizzbuzz", testState: "failing", offeredLevel: 2,
                            track: "standard", hints: 2, runs: 3, completed: false });
  assert.equal(view.text, "$(mortar-board) fizzbuzz $(error) L2");
  assert.equal(view.command, "temper.askHint");
  assert.match(view.tooltip, /Tests: tests failing \(3 runs\)/);
  assert.match(view.tooltip, /Offered now: L2 \(location\), 2 hints so far/);
  assert.match(statusView({ exercise: "a/b/c", runs: 1, hints: 1 }).tooltip, /\(1 run\)[^]*1 hint so far/);
});

test("a completed exercise gets a star; an unknown state reads as not run yet", () => {
  assert.equal(statusView({ exercise: "go/basics/x", testState: "passing", offeredLevel: 0, completed: true }).text,
    "$(mortar-board) x $(pass) L0 $(star-full)");
  assert.match(statusView({ exercise: "a/b/c", testState: "weird" }).tooltip, /not run yet/);
});

test("run summaries", () => {
  assert.equal(runSummary({ status: "fail", passed: 2, failed: 3 }), "2 passed, 3 failed.");
  assert.equal(runSummary({ status: "pass", passed: 5, failed: 0 }), "All 5 tests pass.");
  assert.equal(runSummary({ status: "error", message: "SyntaxError" }), "The tests could not run: SyntaxError");
  assert.equal(runSummary({ cancelled: true }), "The run was replaced by a newer one.");
  assert.match(runSummary(null), /not part of a Temper exercise/);
});

test("progress lines keep the latest words of a long streamed hint", () => {
  assert.equal(tail("a  b\n c"), "a b c");
  const long = "x".repeat(500) + " end";
  const line = tail(long, 50);
  assert.equal(line.length, 50);
  assert.ok(line.startsWith("…") && line.endsWith(" end"));
});
