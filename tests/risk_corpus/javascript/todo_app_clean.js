// expect: none
const todos = [];

function addTodo(title) {
  const trimmed = title.trim();
  if (trimmed.length === 0) {
    return false;
  }
  todos.push({ title: trimmed, done: false });
  return true;
}

function toggle(index) {
  let todo = todos[index];
  if (todo != null) {
    todo.done = !todo.done;
  }
}

addTodo("learn strict equality");
toggle(0);
