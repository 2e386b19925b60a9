// Both stocks added up, in a new map.
export function mergeStock(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): Map<string, number> {
  const merged = new Map(a);
  for (const [item, qty] of b) {
    merged.set(item, merged.get(item)! + qty);
  }
  return merged;
}

// A new map with qty fewer of item; an item with none left is removed.
export function take(stock: ReadonlyMap<string, number>, item: string, qty: number): Map<string, number> {
  const next = new Map(stock);
  next.set(item, stock.get(item)! - qty);
  return next;
}

// The wanted items that cannot be delivered.
export function missingItems(stock: ReadonlyMap<string, number>, wanted: readonly string[]): string[] {
  return wanted.filter((item) => !stock.has(item));
}
