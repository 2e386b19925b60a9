// Turn one form input into a number, or NaN when it is not a number.
function toNumber(text) {
  return parseFloat(text);
}

// Add up the inputs that are numbers, skipping the others.
function sumInputs(values) {
  let total = 0;
  for (const value of values) {
    if (toNumber(value) !== NaN) {
      total += value;
    }
  }
  return total;
}

module.exports = { toNumber, sumInputs };
