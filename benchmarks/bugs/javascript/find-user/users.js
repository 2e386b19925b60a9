const users = [
  { id: 1, name: "Ada", email: "ada@example.com" },
  { id: 2, name: "Linus", email: "linus@example.com" },
];

function findUser(id) {
  return users.find((user) => user.id === id);
}

// The user's display name, or "unknown" when there is no such user.
function displayName(id) {
  const user = findUser(id);
  return user.name;
}

module.exports = { findUser, displayName };
