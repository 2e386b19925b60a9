// Both stocks added up, in a new map.
export function mergeStock(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): Map<string, number> {
  const merged = new Map(a);
  for (const [item, qty] of b) {
    merged.set(item, (merged.get(item) ?? 0) + qty);
  }
  return merged;
}

// A new map with qty fewer of item; an item with none left is removed.
export function take(stock: ReadonlyMap<string, number>, item: string, qty: number): Map<string, number> {
  const have = stock.get(item) ?? 0;
  if (qty > have) {
    throw new Error(`not enough ${item}: have ${have}, asked for ${qty}`);
  }
  const next = new Map(stock);
  const left = have - qty;
  if (left === 0) {
    next.delete(item);
  } else {
    next.set(item, left);
  }
  return next;
}

// The wanted items that cannot be delivered.
export function missingItems(stock: ReadonlyMap<string, number>, wanted: readonly string[]): string[] {
  return wanted.filter((item) => (stock.get(item) ?? 0) === 0);
}
