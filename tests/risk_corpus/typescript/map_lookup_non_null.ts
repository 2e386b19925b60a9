// expect: ts-non-null
const scores = new Map<string, number>();

export function bump(player: string): number {
  if (!scores.has(player)) {
    scores.set(player, 0);
  }
  const next = scores.get(player)! + 1;
  scores.set(player, next);
  return next;
}
