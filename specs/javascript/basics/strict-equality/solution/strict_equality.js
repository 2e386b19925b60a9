// Count the items that are exactly the same value as target.
function countMatches(items, target) {
  return items.filter((item) => item === target).length;
}

module.exports = { countMatches };
