// An array of n functions; the one at position i multiplies by i.
function makeMultipliers(n) {
  const result = [];
  for (let i = 0; i < n; i++) {
    result.push((x) => x * i);
  }
  return result;
}

// A counter with its own count, starting at start.
function makeCounter(start) {
  let count = start;
  return {
    increment() {
      count += 1;
      return count;
    },
    current() {
      return count;
    },
  };
}

module.exports = { makeMultipliers, makeCounter };
