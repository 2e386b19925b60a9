export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

const MAX_AGE = 150;

// One age from text, or the reason it is not one.
export function parseAge(text: string): Result<number> {
  const trimmed = text.trim();
  if (trimmed === "") {
    return { ok: false, error: "age is empty" };
  }
  if (!/^\d+$/.test(trimmed)) {
    return { ok: false, error: `not a whole number: ${trimmed}` };
  }
  const age = Number(trimmed);
  if (age > MAX_AGE) {
    return { ok: false, error: `out of range: ${age}` };
  }
  return { ok: true, value: age };
}

// Every age, or the first error with its position.
export function parseAges(texts: readonly string[]): Result<number[]> {
  const ages: number[] = [];
  for (const [index, text] of texts.entries()) {
    const result = parseAge(text);
    if (!result.ok) {
      return { ok: false, error: `item ${index + 1}: ${result.error}` };
    }
    ages.push(result.value);
  }
  return { ok: true, value: ages };
}
