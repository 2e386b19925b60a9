// Each function returns a new task list; the input must stay unchanged.

export function addTask(tasks: readonly string[], task: string): string[] {
  const wanted = task.toLowerCase();
  const known = tasks.some((existing) => existing.toLowerCase() === wanted);
  return known ? [...tasks] : [...tasks, task];
}

export function removeTask(tasks: readonly string[], index: number): string[] {
  return tasks.filter((_, position) => position !== index);
}

export function moveUp(tasks: readonly string[], index: number): string[] {
  const moved = [...tasks];
  if (index < 1 || index >= tasks.length) {
    return moved;
  }
  [moved[index - 1], moved[index]] = [moved[index], moved[index - 1]];
  return moved;
}
