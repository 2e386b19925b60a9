// Capitalise the first letter of every word, lower-case the rest.
function titleCase(text) {
  const words = text.split(" ");
  for (const word of words) {
    word[0] = word[0].toUpperCase();
  }
  return words.join(" ");
}

module.exports = { titleCase };
