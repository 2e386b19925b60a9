export interface Meeting {
  title: string;
  start: number; // minutes since midnight
  end: number;
}

export function overlaps(a: Meeting, b: Meeting): boolean {
  return a.start <= b.end && b.start <= a.end;
}

export function clashes(meetings: Meeting[]): [string, string][] {
  const found: [string, string][] = [];
  for (let i = 0; i < meetings.length; i++) {
    for (let j = i + 1; j < meetings.length; j++) {
      if (overlaps(meetings[i], meetings[j])) {
        found.push([meetings[i].title, meetings[j].title]);
      }
    }
  }
  return found;
}
