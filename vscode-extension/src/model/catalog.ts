/** Quick-pick items for the server's catalog and the hint history's Markdown (pure). */

export interface CatalogEntry {
  id: string; title: string; language: string; difficulty: string; concepts?: string[];
}

export interface ExerciseItem { label: string; description: string; detail: string; id: string }

const DIFFICULTY_ORDER = ["beginner", "intermediate", "advanced"];

/** Sorted by language, then difficulty, then title; searchable by all of them. */
export function exerciseItems(entries: readonly CatalogEntry[]): ExerciseItem[] {
  const rank = (d: string) => {
    const i = DIFFICULTY_ORDER.indexOf(d);
    return i < 0 ? DIFFICULTY_ORDER.length : i;
  };
  return [...entries]
    .sort((a, b) => a.language.localeCompare(b.language) || rank(a.difficulty) - rank(b.difficulty)
      || a.title.localeCompare(b.title))
    .map((e) => ({
      label: e.title,
      description: `${e.language} · ${e.difficulty}`,
      detail: [e.id, ...(e.concepts?.length ? [e.concepts.join(", ")] : [])].join(" — "),
      id: e.id,
    }));
}

/** The folder an exercise goes into under the chosen parent: its slug. */
export function exerciseFolderName(id: string): string {
  return id.split("/").filter(Boolean).pop() ?? "exercise";
}

export interface HintRecord {
  level: number; intent?: string; text: string; rationale?: string; provider?: string;
  path?: string; line?: number; at?: number;
}

/** The hint history as a Markdown document, newest last. */
export function historyMarkdown(exercise: string | null, hints: readonly HintRecord[]): string {
  if (!exercise) return "# Temper hint history\n\nThis file is not part of a Temper exercise.\n";
  const head = `# Temper hint history: ${exercise}\n\n`;
  if (hints.length === 0) return head + "No hints yet. Ask for one with **Temper: Hint**.\n";
  return head + hints.map((h, i) => {
    const when = h.at ? new Date(h.at * 1000).toISOString().replace("T", " ").slice(0, 16) + " UTC" : "";
    const where = h.path ? `${h.path}${h.line ? `:${h.line}` : ""}` : "";
    const meta = [h.intent, where, h.provider, when].filter(Boolean).join(" · ");
    const why = h.rationale ? `\n\n*Why L${h.level}:* ${h.rationale}` : "";
    return `## ${i + 1}. L${h.level}${meta ? ` — ${meta}` : ""}\n\n${h.text}${why}\n`;
  }).join("\n");
}
