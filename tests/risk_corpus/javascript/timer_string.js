// expect: js-eval
let seconds = 10;

function tick() {
  seconds -= 1;
  document.title = `${seconds}s left`;
}

setInterval("tick()", 1000);
