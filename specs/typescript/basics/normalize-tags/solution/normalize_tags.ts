// Trimmed, lower-case tags without empty ones or repeats, in their original order.
export function normalizeTags(input: string | readonly string[] | undefined): string[] {
  if (input === undefined) {
    return [];
  }
  const pieces = typeof input === "string" ? input.split(",") : input;
  const tags = pieces.map((tag) => tag.trim().toLowerCase()).filter((tag) => tag !== "");
  return [...new Set(tags)];
}
