// Map each lower-cased word to how often it appears.
function wordCounts(text) {
  const counts = {};
  for (const word of text.toLowerCase().split(" ")) {
    counts[word] = (counts[word] || 0) + 1;
  }
  return new Map(Object.entries(counts));
}

module.exports = { wordCounts };
