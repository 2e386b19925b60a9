// A version of fn that remembers the result for each argument.
function memoize(fn) {
  const cache = {};
  return (arg) => {
    if (!cache[arg]) {
      cache[arg] = fn(arg);
    }
    return cache[arg];
  };
}

module.exports = { memoize };
