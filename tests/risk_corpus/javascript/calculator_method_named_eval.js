// expect: none
// A method that happens to be called eval, and a variable named retrieval: neither runs text as code.
class Calculator {
  constructor() {
    this.stack = [];
  }

  eval(tokens) {
    for (const token of tokens) {
      if (typeof token === "number") {
        this.stack.push(token);
      } else if (token === "+") {
        this.stack.push(this.stack.pop() + this.stack.pop());
      }
    }
    return this.stack.pop();
  }
}

const retrieval = new Calculator().eval([1, 2, "+"]);
console.log(retrieval);
