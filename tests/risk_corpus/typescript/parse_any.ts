// expect: ts-any
interface User {
  name: string;
  age: number;
}

export function parseUser(data: any): User {
  return { name: data.name, age: data.age };
}
