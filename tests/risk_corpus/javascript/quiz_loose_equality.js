// expect: js-loose-equality
function checkAnswer(input, answer) {
  if (input == answer) {
    return "correct";
  }
  return "try again";
}

console.log(checkAnswer("0", 0));
console.log(checkAnswer("", 0));
