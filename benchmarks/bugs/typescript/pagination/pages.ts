export interface Page<T> {
  number: number;
  items: T[];
}

export function pageCount(total: number, perPage: number): number {
  return Math.floor(total / perPage);
}

export function page<T>(items: T[], number: number, perPage: number): Page<T> {
  const start = (number - 1) * perPage;
  return { number, items: items.slice(start, start + perPage) };
}
