// Items with the same key, together, keys in first-seen order.
export function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups: Record<string, T[]> = {};
  for (const item of items) {
    const key = String(keyOf(item));
    groups[key] = groups[key] ?? [];
    groups[key].push(item);
  }
  return new Map(Object.entries(groups)) as unknown as Map<K, T[]>;
}

// The number of items per key, keys in first-seen order.
export function countBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, number> {
  return new Map();
}
