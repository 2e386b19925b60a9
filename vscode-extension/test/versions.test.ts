import assert from "node:assert/strict";
import { test } from "node:test";
import { versionProblem } from "../src/model/versions";

test("the same minor version agrees, patch versions do not matter", () => {
  assert.equal(versionProblem("0.1.0", "0.1.0", "bundled"), undefined);
  assert.equal(versionProblem("0.1.0", "0.1.7", "bundled"), undefined);
  assert.equal(versionProblem("1.2.3", "1.2.0", "bundled"), undefined);
});

test("an older server is named with the upgrade", () => {
  const message = versionProblem("0.2.0", "0.1.4", "Temper installed in /opt/py (temper.pythonPath)") ?? "";
  assert.match(message, /The Temper server 0.1.4 \(Temper installed in \/opt\/py \(temper.pythonPath\)\) is older than this extension 0.2.0/);
  assert.match(message, /same minor version \(0.2.x\)/);
  assert.match(message, /pipx upgrade temper-coach/);
});

test("a newer server asks for a newer extension", () => {
  assert.match(versionProblem("0.1.0", "1.0.0", "x") ?? "", /is newer than this extension 0.1.0.*Update the extension/);
});

test("a server that does not say its version is reported", () => {
  assert.match(versionProblem("0.1.0", undefined, "x") ?? "", /did not say its version; this extension is 0.1.0/);
  assert.match(versionProblem("0.1.0", "dev", "x") ?? "", /cannot be compared/);
});
