// expect: none
// Looks a bit like eval, but only calls known functions and parses data as JSON.
const handlers = {
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
};

function evaluate(command) {
  const { op, args } = JSON.parse(command);
  const handler = handlers[op];
  if (handler === undefined) {
    throw new Error("unknown operation " + op);
  }
  return handler(...args);
}

setTimeout(() => console.log(evaluate('{"op":"add","args":[1,2]}')), 10);
