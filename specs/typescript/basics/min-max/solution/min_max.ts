// The smallest and largest value, or undefined for an empty array.
export function minMax(values: readonly number[]): [number, number] | undefined {
  if (values.length === 0) {
    return undefined;
  }
  let min = values[0];
  let max = values[0];
  for (const value of values) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return [min, max];
}

// "from -3 to 7", "only 4", or "no values".
export function describeRange(values: readonly number[]): string {
  const range = minMax(values);
  if (range === undefined) {
    return "no values";
  }
  const [low, high] = range;
  return low === high ? `only ${low}` : `from ${low} to ${high}`;
}
