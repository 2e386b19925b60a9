// The smallest and largest value, or undefined for an empty array.
export function minMax(values: readonly number[]): [number, number] | undefined {
  let min = 0;
  let max = 0;
  for (const value of values) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return [min, max];
}

// "from -3 to 7", "only 4", or "no values".
export function describeRange(values: readonly number[]): string {
  const [min, max] = minMax(values)!;
  return `from ${min} to ${max}`;
}
