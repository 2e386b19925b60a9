// Each function returns a new task list; the input must stay unchanged.

export function addTask(tasks: string[], task: string): string[] {
  tasks.push(task);
  return tasks;
}

export function removeTask(tasks: string[], index: number): string[] {
  tasks.splice(index, 1);
  return tasks;
}

export function moveUp(tasks: string[], index: number): string[] {
  const above = tasks[index - 1];
  tasks[index - 1] = tasks[index];
  tasks[index] = above;
  return tasks;
}
