// Capitalise the first letter of every word, lower-case the rest.
function titleCase(text) {
  return text
    .split(" ")
    .filter((word) => word !== "")
    .map((word) => word[0].toUpperCase() + word.slice(1).toLowerCase())
    .join(" ");
}

module.exports = { titleCase };
