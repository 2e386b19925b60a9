// An array of n functions; the one at position i multiplies by i.
function makeMultipliers(n) {
  const result = [];
  for (var i = 0; i < n; i++) {
    result.push((x) => x * i);
  }
  return result;
}

let count = 0;

// A counter with its own count, starting at start.
function makeCounter(start) {
  count = start;
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
