// expect: js-eval
const display = document.querySelector("#display");

function calculate() {
  const expression = display.value;
  const result = eval(expression);
  display.value = String(result);
}

document.querySelector("#equals").addEventListener("click", calculate);
