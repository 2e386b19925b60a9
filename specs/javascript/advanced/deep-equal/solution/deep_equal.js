const isObject = (value) => typeof value === "object" && value !== null;

// True when a and b have the same contents.
function deepEqual(a, b) {
  if (Object.is(a, b)) {
    return true;
  }
  if (!isObject(a) || !isObject(b)) {
    return a === b;
  }
  if (Array.isArray(a) !== Array.isArray(b)) {
    return false;
  }
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) {
    return false;
  }
  return keys.every((key) => Object.hasOwn(b, key) && deepEqual(a[key], b[key]));
}

module.exports = { deepEqual };
