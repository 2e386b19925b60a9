// expect: none
interface Todo {
  id: number;
  title: string;
  completed: boolean;
}

function isTodo(value: unknown): value is Todo {
  return typeof value === "object" && value !== null && "id" in value && "title" in value;
}

export async function fetchTodo(id: number): Promise<Todo | undefined> {
  const response = await fetch(`/api/todos/${id}`);
  const body: unknown = await response.json();
  return isTodo(body) ? body : undefined;
}
