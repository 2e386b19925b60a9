export interface Person {
  first: string;
  middle?: string; // optional: may be missing
  last: string;
}

// The names joined with spaces, without a missing middle name.
export function fullName(person: Person): string {
  return `${person.first} ${person.middle} ${person.last}`;
}

// The capital first letter of each name followed by a dot, like "A.L.".
export function initials(person: Person): string {
  return person.first[0] + "." + person.middle[0] + "." + person.last[0] + ".";
}
