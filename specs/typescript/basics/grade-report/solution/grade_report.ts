export type Grade = "A" | "B" | "C" | "F";

// The grade for a score from 0 to 100.
export function gradeFor(score: number): Grade {
  if (Number.isNaN(score) || score < 0 || score > 100) {
    throw new RangeError(`score must be between 0 and 100, got ${score}`);
  }
  if (score >= 90) return "A";
  if (score >= 80) return "B";
  if (score >= 70) return "C";
  return "F";
}

// Every grade mapped to the names with that grade, alphabetically.
export function gradeReport(scores: Record<string, number>): Record<Grade, string[]> {
  const report: Record<Grade, string[]> = { A: [], B: [], C: [], F: [] };
  for (const [name, score] of Object.entries(scores)) {
    report[gradeFor(score)].push(name);
  }
  for (const names of Object.values(report)) {
    names.sort();
  }
  return report;
}
