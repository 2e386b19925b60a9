export interface Delivery {
  sku: string;
  qty: number;
}

export function stockLevels(deliveries: Delivery[]): Map<string, number> {
  const levels = new Map<string, number>();
  for (const delivery of deliveries) {
    const current = levels.get(delivery.sku);
    levels.set(delivery.sku, current + delivery.qty);
  }
  return levels;
}

export function lowStock(levels: Map<string, number>, threshold: number): string[] {
  return [...levels].filter(([, qty]) => qty < threshold).map(([sku]) => sku).sort();
}
