export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

// One age from text, or the reason it is not one.
export function parseAge(text: string): Result<number> {
  const value = parseInt(text);
  if (Number.isNaN(value)) {
    return { ok: false, error: `not a whole number: ${text}` };
  }
  return { ok: true, value };
}

// Every age, or the first error with its position.
export function parseAges(texts: readonly string[]): Result<number[]> {
  const ages: number[] = [];
  for (const text of texts) {
    const result = parseAge(text);
    if (result.ok) {
      ages.push(result.value);
    }
  }
  return { ok: true, value: ages };
}
