import { test } from "node:test";
import assert from "node:assert/strict";
import { Emitter } from "./emitter.ts";

type Events = { added: { item: string }; cleared: undefined };

test("calls listeners with the payload, in registration order", () => {
  const emitter = new Emitter<Events>();
  const seen: string[] = [];
  emitter.on("added", (p) => seen.push(`first ${p.item}`));
  emitter.on("added", (p) => seen.push(`second ${p.item}`));
  assert.equal(emitter.emit("added", { item: "tea" }), 2);
  assert.deepEqual(seen, ["first tea", "second tea"]);
});

test("an event without listeners calls nothing", () => {
  const emitter = new Emitter<Events>();
  emitter.on("added", () => assert.fail("wrong event"));
  assert.equal(emitter.emit("cleared", undefined), 0);
});

test("unsubscribing stops a listener", () => {
  const emitter = new Emitter<Events>();
  let calls = 0;
  const stop = emitter.on("cleared", () => calls++);
  stop();
  emitter.emit("cleared", undefined);
  assert.equal(calls, 0);
  assert.equal(emitter.listenerCount("cleared"), 0);
});

test("unsubscribing twice removes no other listener", () => {
  const emitter = new Emitter<Events>();
  const seen: string[] = [];
  const stop = emitter.on("cleared", () => seen.push("a"));
  emitter.on("cleared", () => seen.push("b"));
  stop();
  stop();
  emitter.emit("cleared", undefined);
  assert.deepEqual(seen, ["b"]);
});

test("a listener that unsubscribes during emit does not make the next one miss out", () => {
  const emitter = new Emitter<Events>();
  const seen: string[] = [];
  const stop = emitter.on("cleared", () => {
    seen.push("a");
    stop();
  });
  emitter.on("cleared", () => seen.push("b"));
  emitter.emit("cleared", undefined);
  assert.deepEqual(seen, ["a", "b"]);
});

test("once runs a listener only the first time", () => {
  const emitter = new Emitter<Events>();
  const items: string[] = [];
  emitter.once("added", (p) => items.push(p.item));
  emitter.emit("added", { item: "tea" });
  emitter.emit("added", { item: "jam" });
  assert.deepEqual(items, ["tea"]);
  assert.equal(emitter.listenerCount("added"), 0);
});

test("the same function registered twice runs once", () => {
  const emitter = new Emitter<Events>();
  let calls = 0;
  const listener = () => {
    calls++;
  };
  emitter.on("cleared", listener);
  emitter.on("cleared", listener);
  emitter.emit("cleared", undefined);
  assert.equal(calls, 1);
  assert.equal(emitter.listenerCount("cleared"), 1);
});
