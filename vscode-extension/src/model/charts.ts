/** Inline SVG pictures of the learner's profile, built as strings (pure, no scripts). */

export interface Skill { concept: string; p_known: number; observations: number }
export interface ExerciseStat {
  id: string; runs: number; hints: number; completed: boolean; seconds_to_green?: number | null;
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) =>
    ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string);
}

const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);
const fmt = (x: number) => (Math.round(x * 10) / 10).toString();

/** One horizontal bar per concept: how likely the learner knows it (0–100 %). */
export function skillBars(skills: readonly Skill[], width = 520): string {
  if (skills.length === 0) return empty("No skills measured yet: run the tests of an exercise.");
  const label = 170, row = 26, barWidth = width - label - 60;
  const rows = skills.map((s, i) => {
    const p = clamp01(s.p_known), y = i * row;
    const tone = p >= 0.7 ? "strong" : p >= 0.4 ? "growing" : "weak";
    return `<g class="skill ${tone}" transform="translate(0,${y})">` +
      `<title>${escapeXml(s.concept)}: ${Math.round(p * 100)} % (${s.observations} observations)</title>` +
      `<text x="${label - 8}" y="17" text-anchor="end">${escapeXml(s.concept)}</text>` +
      `<rect class="track" x="${label}" y="4" width="${barWidth}" height="16" rx="3"/>` +
      `<rect class="bar" x="${label}" y="4" width="${fmt(barWidth * p)}" height="16" rx="3"/>` +
      `<text x="${label + barWidth + 8}" y="17">${Math.round(p * 100)} %</text></g>`;
  });
  return svg(width, skills.length * row + 4, "Skill per concept", rows.join(""));
}

/** A line of hint dependency (0 = no help, 1 = full solutions) per exercise, oldest first. */
export function dependencyLine(trend: readonly number[], width = 520, height = 180): string {
  if (trend.length === 0) return empty("No hint dependency yet: it appears after your first exercise.");
  const left = 36, right = 12, top = 10, bottom = 24;
  const w = width - left - right, h = height - top - bottom;
  const x = (i: number) => left + (trend.length === 1 ? w / 2 : (w * i) / (trend.length - 1));
  const y = (v: number) => top + h * (1 - clamp01(v));
  const points = trend.map((v, i) => `${fmt(x(i))},${fmt(y(v))}`).join(" ");
  const grid = [0, 0.5, 1].map((v) =>
    `<line class="grid" x1="${left}" x2="${left + w}" y1="${fmt(y(v))}" y2="${fmt(y(v))}"/>` +
    `<text x="${left - 6}" y="${fmt(y(v) + 4)}" text-anchor="end">${v}</text>`).join("");
  const dots = trend.map((v, i) =>
    `<circle class="dot" cx="${fmt(x(i))}" cy="${fmt(y(v))}" r="4">` +
    `<title>exercise ${i + 1}: ${clamp01(v).toFixed(2)}</title></circle>`).join("");
  const axis = `<text x="${left}" y="${height - 6}">oldest</text>` +
    `<text x="${left + w}" y="${height - 6}" text-anchor="end">latest</text>`;
  return svg(width, height, "Hint dependency over time",
    grid + `<polyline class="line" fill="none" points="${points}"/>` + dots + axis);
}

/** One tile per exercise started, filled when it is completed. */
export function exerciseTiles(exercises: readonly ExerciseStat[], width = 520): string {
  if (exercises.length === 0) return empty("No exercises yet: start one from the command palette.");
  const size = 34, gap = 8, perRow = Math.max(1, Math.floor((width + gap) / (size + gap)));
  const tiles = exercises.map((e, i) => {
    const x = (i % perRow) * (size + gap), y = Math.floor(i / perRow) * (size + gap);
    const state = e.completed ? "done" : "open";
    return `<rect class="tile ${state}" x="${x}" y="${y}" width="${size}" height="${size}" rx="5">` +
      `<title>${escapeXml(e.id)}: ${e.completed ? "completed" : "in progress"}, ${e.runs} runs, ` +
      `${e.hints} hints</title></rect>` +
      (e.completed ? `<text class="check" x="${x + size / 2}" y="${y + 23}" text-anchor="middle">✓</text>` : "");
  });
  const rows = Math.ceil(exercises.length / perRow);
  return svg(width, rows * (size + gap), "Exercises completed", tiles.join(""));
}

function svg(width: number, height: number, title: string, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" width="${width}" height="${height}" ` +
    `viewBox="0 0 ${width} ${height}"><title>${escapeXml(title)}</title>${body}</svg>`;
}

function empty(text: string): string {
  return `<p class="empty">${escapeXml(text)}</p>`;
}
