export type Shape =
  | { kind: "circle"; radius: number }
  | { kind: "rectangle"; width: number; height: number }
  | { kind: "triangle"; base: number; height: number };

function unknownShape(shape: never): never {
  throw new Error(`unknown shape kind: ${(shape as { kind: unknown }).kind}`);
}

// The area of one shape.
export function area(shape: Shape): number {
  switch (shape.kind) {
    case "circle":
      return Math.PI * shape.radius ** 2;
    case "rectangle":
      return shape.width * shape.height;
    case "triangle":
      return (shape.base * shape.height) / 2;
    default:
      return unknownShape(shape);
  }
}

// The sum of the areas of all shapes.
export function totalArea(shapes: readonly Shape[]): number {
  return shapes.reduce((total, shape) => total + area(shape), 0);
}
