// Trimmed, lower-case tags without empty ones or repeats, in their original order.
export function normalizeTags(input: string | readonly string[] | undefined): string[] {
  const tags: string[] = [];
  for (const tag of input ?? []) {
    tags.push(tag.trim().toLowerCase());
  }
  return tags;
}
