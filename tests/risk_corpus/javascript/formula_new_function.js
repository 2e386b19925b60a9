// expect: js-new-function
// A tiny spreadsheet: the user types a formula using x.
function makeFormula(text) {
  return new Function("x", "return " + text + ";");
}

const f = makeFormula(prompt("Formula in x:"));
console.log(f(2));
