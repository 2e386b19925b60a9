export type Shape =
  | { kind: "circle"; radius: number }
  | { kind: "rectangle"; width: number; height: number }
  | { kind: "triangle"; base: number; height: number };

// The area of one shape.
export function area(shape: Shape): number {
  switch (shape.kind) {
    case "circle":
      return Math.PI * shape.radius ** 2;
    case "rectangle":
      return shape.width * shape.height;
    default:
      return 0;
  }
}

// The sum of the areas of all shapes.
export function totalArea(shapes: readonly Shape[]): number {
  let total = 0;
  for (const shape of shapes) {
    total += area(shape);
  }
  return total;
}
