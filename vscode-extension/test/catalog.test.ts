import assert from "node:assert/strict";
import { test } from "node:test";
import { exerciseFolderName, exerciseItems, historyMarkdown } from "../src/model/catalog";

test("catalog items sort by language, then difficulty, and show both", () => {
  const items = exerciseItems([
    { id: "python/advanced/z", title: "Z", language: "python", difficulty: "advanced" },
    { id: "python/basics/fizzbuzz", title: "FizzBuzz", language: "python", difficulty: "beginner", concepts: ["loops"] },
    { id: "go/basics/rev", title: "Reverse", language: "go", difficulty: "beginner" },
  ]);
  assert.deepEqual(items.map((i) => i.id), ["go/basics/rev", "python/basics/fizzbuzz", "python/advanced/z"]);
  assert.equal(items[1].description, "python · beginner");
  assert.equal(items[1].detail, "python/basics/fizzbuzz — loops");
});

test("an exercise goes into a folder named after its slug", () => {
  assert.equal(exerciseFolderName("python/basics/fizzbuzz"), "fizzbuzz");
});

test("the hint history lists hints in order with their level and reason", () => {
  const md = historyMarkdown("python/basics/fizzbuzz", [
    { level: 0, intent: "hint", text: "What does % do?", rationale: "First rung.", path: "fizzbuzz.py", line: 3, at: 0 },
    { level: 1, text: "Check the order of your conditions.", provider: "offline" },
  ]);
  assert.match(md, /^# Temper hint history: python\/basics\/fizzbuzz/);
  assert.match(md, /## 1\. L0 — hint · fizzbuzz.py:3\n\nWhat does % do\?\n\n\*Why L0:\* First rung\./);
  assert.match(md, /## 2\. L1 — offline\n\nCheck the order/);
  assert.match(historyMarkdown("x", []), /No hints yet/);
  assert.match(historyMarkdown(null, []), /not part of a Temper exercise/);
});
