export function toClock(totalMinutes: number): string {
  const hours = Math.floor(totalMinutes / 60) % 24;
  const minutes = totalMinutes % 60;
  const hh = String(hours).padStart(2, "0");
  const mm = String(minutes).padStart(2);
  return `${hh}:${mm}`;
}

export function addMinutes(clock: string, extra: number): string {
  const [h, m] = clock.split(":").map(Number);
  return toClock(h * 60 + m + extra);
}
