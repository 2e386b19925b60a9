export type Grade = "A" | "B" | "C" | "F";

// The grade for a score from 0 to 100.
export function gradeFor(score: number): Grade {
  if (score > 90) return "A";
  if (score > 80) return "B";
  if (score > 70) return "C";
  return "F";
}

// Every grade mapped to the names with that grade, alphabetically.
export function gradeReport(scores: Record<string, number>): Record<Grade, string[]> {
  const report = {} as Record<Grade, string[]>;
  for (const [name, score] of Object.entries(scores)) {
    const grade = gradeFor(score);
    report[grade] = [...(report[grade] ?? []), name];
  }
  return report;
}
