export interface Person {
  first: string;
  middle?: string; // optional: may be missing
  last: string;
}

function presentNames(person: Person): string[] {
  return person.middle
    ? [person.first, person.middle, person.last]
    : [person.first, person.last];
}

// The names joined with spaces, without a missing middle name.
export function fullName(person: Person): string {
  return presentNames(person).join(" ");
}

// The capital first letter of each name followed by a dot, like "A.L.".
export function initials(person: Person): string {
  return presentNames(person)
    .map((name) => `${name[0].toUpperCase()}.`)
    .join("");
}
