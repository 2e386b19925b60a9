import assert from "node:assert/strict";
import { test } from "node:test";
import { ladderItems } from "../src/model/ladder";

const hint = (level: number) => ({ command: "temper.hint", arguments: [{ uri: "file:///x.py", line: 1, level }] });

test("rungs come lowest first; the offered one is marked; closed ones carry their reason", () => {
  const items = ladderItems([
    { title: "Temper L1 (category hint) (offered now)", isPreferred: true, command: hint(1) },
    { title: "Temper L0 (clarifying question)", command: hint(0) },
    { title: "Temper L2 (location and concept)", disabled: { reason: "One rung at a time." }, command: hint(2) },
    { title: "Organize imports" },
  ]);
  assert.deepEqual(items.map((i) => i.label), [
    "$(unlock) Temper L0 (clarifying question)", "$(star-full) Temper L1 (category hint)",
    "$(lock) Temper L2 (location and concept)"]);
  assert.equal(items[1].description, "offered now");
  assert.deepEqual(items[1].command, hint(1));
  assert.equal(items[2].reason, "One rung at a time.");
  assert.equal(items[2].detail, "One rung at a time.");
  assert.equal(items[2].command, undefined, "a closed rung is not run from here");
});
