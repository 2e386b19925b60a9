// expect: none
// unknown plus narrowing, optional chaining and a logical not: nothing to flag.
export function lengthOf(value: unknown): number {
  if (typeof value === "string") {
    return value.length;
  }
  if (Array.isArray(value)) {
    return value.length;
  }
  return 0;
}

export function isHidden(el: HTMLElement | null): boolean {
  const visible = el?.checkVisibility() ?? false;
  return !visible;
}
