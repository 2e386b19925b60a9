const test = require("node:test");
const assert = require("node:assert/strict");
const { parseConfig } = require("./parse_config");

test("reads every field", () => {
  assert.deepEqual(parseConfig('{"host": "example.org", "port": 443, "debug": true}'), {
    host: "example.org",
    port: 443,
    debug: true,
  });
});

test("fills in defaults for missing fields", () => {
  assert.deepEqual(parseConfig("{}"), { host: "localhost", port: 8080, debug: false });
});

test("null fields get the default", () => {
  assert.equal(parseConfig('{"port": null}').port, 8080);
});

test("keeps a port of zero", () => {
  assert.equal(parseConfig('{"port": 0}').port, 0);
});

test("broken JSON gets a clear error that keeps the original", () => {
  assert.throws(() => parseConfig("{port: 1}"), (err) => {
    assert.match(err.message, /not valid JSON/);
    assert.ok(err.cause instanceof SyntaxError, "cause should be the SyntaxError from JSON.parse");
    return true;
  });
});

test("JSON that is not an object is refused", () => {
  assert.throws(() => parseConfig("null"), /must be an object/);
  assert.throws(() => parseConfig("[1, 2]"), /must be an object/);
  assert.throws(() => parseConfig("42"), /must be an object/);
});

test("a port given as text is refused", () => {
  assert.throws(() => parseConfig('{"port": "80"}'), /port/);
});

test("a port out of range or with a fraction is refused", () => {
  assert.throws(() => parseConfig('{"port": 70000}'), /port/);
  assert.throws(() => parseConfig('{"port": -1}'), /port/);
  assert.throws(() => parseConfig('{"port": 80.5}'), /port/);
});
