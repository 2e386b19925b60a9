// expect: js-var, js-loose-equality, js-eval
var form = document.forms[0];

form.addEventListener("submit", function (event) {
  event.preventDefault();
  var total = eval(form.elements.amount.value);
  if (total == "") {
    alert("Please enter an amount");
  }
});
