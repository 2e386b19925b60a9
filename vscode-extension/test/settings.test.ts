import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { contributedKeys, serverSettings } from "../src/model/settings";

const manifest = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8"));
const properties = manifest.contributes.configuration.properties;

test("every contributed setting but the extension's own reaches the server", () => {
  const keys = contributedKeys(properties);
  const sent = serverSettings(keys, (key) => properties[`temper.${key}`].default);
  assert.ok(keys.includes("pythonPath") && keys.includes("trace.server"));
  assert.equal(sent.pythonPath, undefined);
  assert.equal(sent.trace, undefined);
  for (const key of ["track", "provider", "runOnSave", "runTimeout", "debounceMs", "runner", "rateLimit", "prices"]) {
    assert.ok(key in sent, `${key} is not sent`);
  }
  assert.ok(!("model" in sent) && !("models" in sent), "null and {} defaults are unset values");
});

test("unset values are left out so the server's other sources still apply", () => {
  const values: Record<string, unknown> = { track: "beginner", model: "", specs: null, runOnSave: false, runTimeout: 0 };
  const sent = serverSettings(Object.keys(values), (k) => values[k]);
  assert.deepEqual(sent, { track: "beginner", runOnSave: false, runTimeout: 0 });
});

test("dotted keys become nested objects", () => {
  const values: Record<string, unknown> = { "models.L3": "big", "models.L0": "small", rateLimit: 5 };
  assert.deepEqual(serverSettings(Object.keys(values), (k) => values[k]),
    { models: { L3: "big", L0: "small" }, rateLimit: 5 });
});

test("contributed keys come without the prefix, other extensions' keys are ignored", () => {
  assert.deepEqual(contributedKeys({ "temper.track": {}, "python.defaultInterpreterPath": {} }), ["track"]);
});
