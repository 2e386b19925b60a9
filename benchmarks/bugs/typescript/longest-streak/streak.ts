// Lengths of the runs of consecutive days in a sorted list of day numbers.
export function streaks(days: number[]): number[] {
  const runs: number[] = [];
  let length = 0;
  for (let i = 0; i < days.length; i++) {
    if (i > 0 && days[i] === days[i - 1] + 1) {
      length += 1;
    } else {
      if (length > 0) runs.push(length);
      length = 1;
    }
  }
  if (length > 0) runs.push(length);
  return runs;
}

export function longestStreak(days: number[]): number {
  return streaks(days).reduce((best, run) => Math.max(best, run));
}
