// Count the items that are exactly the same value as target.
function countMatches(items, target) {
  let count = 0;
  for (const item of items) {
    if (item == target) {
      count += 1;
    }
  }
  return count;
}

module.exports = { countMatches };
