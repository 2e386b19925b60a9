// expect: none
// Strict comparisons, plus the idioms that are safe with == (null checks, typeof).
function describe(value) {
  if (value == null) {
    return "nothing";
  }
  if (typeof value == "string") {
    return "text of length " + value.length;
  }
  if (value === 0 || value !== value) {
    return "zero or NaN";
  }
  return "something else";
}

console.log(describe(undefined), describe("hi"), describe(0));
