import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { checkTemper } from "../src/model/preflight";

test("a missing interpreter is named, with the setting to fix", async () => {
  const message = await checkTemper({ command: "/no/such/python3", source: "setting" }, process.env);
  assert.match(message ?? "", /\/no\/such\/python3 \(from the setting temper.pythonPath\) was not found/);
});

test("an interpreter without Temper gets the pip command for that interpreter", async () => {
  // A stand-in "python" that fails the import the way Python does.
  const dir = mkdtempSync(join(tmpdir(), "temper-preflight-"));
  const python = join(dir, "python");
  writeFileSync(python, "#!/bin/sh\necho \"ModuleNotFoundError: No module named 'temper'\" >&2\nexit 1\n", { mode: 0o755 });
  const message = await checkTemper({ command: python, source: "python extension" }, process.env);
  assert.match(message ?? "", /Temper is not installed for .*python \(from the Python extension's selected interpreter\)/);
  assert.match(message ?? "", new RegExp(`${python} -m pip install temper`));
  assert.match(message ?? "", /No module named 'temper'$/);
});

test("an interpreter with Temper passes", { skip: !process.env.TEMPER_PYTHON && "set TEMPER_PYTHON" }, async () => {
  assert.equal(await checkTemper({ command: process.env.TEMPER_PYTHON!, source: "setting" }, process.env), undefined);
});
