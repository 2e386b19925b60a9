// Map each lower-cased word to how often it appears.
function wordCounts(text) {
  const counts = new Map();
  for (const word of text.toLowerCase().split(/\s+/)) {
    if (word === "") continue;
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

module.exports = { wordCounts };
