export interface User {
  id: number;
  name: string;
  email?: string;
  tags: string[];
}

// True only when value really has the shape of a User.
export function isUser(value: unknown): value is User {
  const user = value as User;
  return typeof user === "object" && typeof user.id === "number" && typeof user.name === "string";
}

// The valid users from a JSON array.
export function parseUsers(json: string): User[] {
  return JSON.parse(json) as User[];
}
