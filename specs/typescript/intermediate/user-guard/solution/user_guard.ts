export interface User {
  id: number;
  name: string;
  email?: string;
  tags: string[];
}

// True only when value really has the shape of a User.
export function isUser(value: unknown): value is User {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return false;
  }
  const fields = value as Record<string, unknown>;
  return (
    Number.isInteger(fields.id) &&
    typeof fields.name === "string" &&
    (fields.email === undefined || typeof fields.email === "string") &&
    Array.isArray(fields.tags) &&
    fields.tags.every((tag) => typeof tag === "string")
  );
}

// The valid users from a JSON array.
export function parseUsers(json: string): User[] {
  const data: unknown = JSON.parse(json);
  if (!Array.isArray(data)) {
    throw new TypeError("expected a JSON array of users");
  }
  return data.filter(isUser);
}
