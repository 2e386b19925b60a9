/** The status bar's words, from the server's `temper.status` answer (pure). */

export interface Status {
  exercise: string | null;
  testState?: string;
  offeredLevel?: number;
  track?: string;
  hints?: number;
  runs?: number;
  completed?: boolean;
}

export interface StatusView {
  text: string;
  tooltip: string;
  /** The command a click runs. */
  command: "temper.askHint" | "temper.pickExercise" | "temper.showLog";
}

const STATES: Record<string, [string, string]> = {
  failing: ["$(error)", "tests failing"],
  passing: ["$(pass)", "tests passing"],
  build_error: ["$(warning)", "does not run"],
  unknown: ["$(circle-outline)", "not run yet"],
};

const LEVEL_NAMES = ["question", "direction", "location", "skeleton", "partial", "solution"];

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** `fizzbuzz` for `python/basics/fizzbuzz`. */
export function shortName(exerciseId: string): string {
  return exerciseId.split("/").pop() || exerciseId;
}

export function statusView(status: Status | null | undefined): StatusView {
  if (!status || !status.exercise) {
    return { text: "$(mortar-board) Temper", tooltip: "No Temper exercise here. Click to start one.",
             command: "temper.pickExercise" };
  }
  const [icon, words] = STATES[status.testState ?? "unknown"] ?? STATES.unknown;
  const level = status.offeredLevel ?? 0;
  const done = status.completed ? " $(star-full)" : "";
  const text = `$(mortar-board) ${shortName(status.exercise)} ${icon} L${level}${done}`;
  const tooltip = [
    `Temper: ${status.exercise}`,
    `Tests: ${words}` + (status.runs !== undefined ? ` (${plural(status.runs, "run")})` : ""),
    `Offered now: L${level} (${LEVEL_NAMES[level] ?? "?"})` +
      (status.hints !== undefined ? `, ${plural(status.hints, "hint")} so far` : ""),
    status.track ? `Track: ${status.track}` : "",
    "Click for a hint at the offered level.",
  ].filter(Boolean).join("\n");
  return { text, tooltip, command: "temper.askHint" };
}

/** A short summary of a run result (`2 passed, 3 failed`). */
export function runSummary(result: Record<string, unknown> | null | undefined): string {
  if (!result) return "No run: this file is not part of a Temper exercise.";
  if (result.cancelled) return "The run was replaced by a newer one.";
  if (result.status === "error") {
    return `The tests could not run${result.message ? `: ${String(result.message)}` : "."}`;
  }
  const passed = Number(result.passed ?? 0);
  const failed = Number(result.failed ?? 0);
  return failed === 0 ? `All ${passed} tests pass.` : `${passed} passed, ${failed} failed.`;
}

/** A notification shows one short line: keep the latest words of the growing text. */
export function tail(text: string, limit = 300): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= limit ? flat : "…" + flat.slice(flat.length - limit + 1);
}
