import { test } from "node:test";
import assert from "node:assert/strict";
import { area, totalArea } from "./shape_area.ts";
import type { Shape } from "./shape_area.ts";

test("area of a circle", () => {
  assert.ok(Math.abs(area({ kind: "circle", radius: 2 }) - 4 * Math.PI) < 1e-9);
});

test("area of a rectangle", () => {
  assert.equal(area({ kind: "rectangle", width: 3, height: 4 }), 12);
});

test("area of a triangle is half of base times height", () => {
  assert.equal(area({ kind: "triangle", base: 6, height: 5 }), 15);
});

test("totalArea adds every shape", () => {
  const shapes: Shape[] = [
    { kind: "rectangle", width: 2, height: 5 },
    { kind: "triangle", base: 4, height: 2 },
  ];
  assert.equal(totalArea(shapes), 14);
});

test("totalArea of no shapes is zero", () => {
  assert.equal(totalArea([]), 0);
});

test("an unknown kind of shape throws an error naming it", () => {
  const hexagon = JSON.parse('{"kind": "hexagon", "side": 1}') as Shape;
  assert.throws(() => area(hexagon), /hexagon/);
});

test("totalArea does not hide an unknown shape", () => {
  const shapes = [{ kind: "rectangle", width: 1, height: 1 }, { kind: "blob" }] as unknown as Shape[];
  assert.throws(() => totalArea(shapes), /blob/);
});
