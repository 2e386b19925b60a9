// Turn one form input into a number, or NaN when it is not a number.
function toNumber(text) {
  if (text.trim() === "") {
    return NaN;
  }
  return Number(text);
}

// Add up the inputs that are numbers, skipping the others.
function sumInputs(values) {
  return values
    .map(toNumber)
    .filter((n) => !Number.isNaN(n))
    .reduce((total, n) => total + n, 0);
}

module.exports = { toNumber, sumInputs };
