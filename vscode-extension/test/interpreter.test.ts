import assert from "node:assert/strict";
import { test } from "node:test";
import { missingTemperMessage, resolveInterpreter } from "../src/model/interpreter";

test("the setting wins over the Python extension", () => {
  assert.deepEqual(resolveInterpreter({ setting: "/opt/py/bin/python", pythonExtension: "/venv/bin/python" }),
    { command: "/opt/py/bin/python", source: "setting" });
});

test("the Python extension's interpreter comes next, then python3", () => {
  assert.deepEqual(resolveInterpreter({ setting: "  ", pythonExtension: "/venv/bin/python" }),
    { command: "/venv/bin/python", source: "python extension" });
  assert.deepEqual(resolveInterpreter({}), { command: "python3", source: "default" });
});

test("${workspaceFolder} and ~ are expanded in the setting", () => {
  assert.equal(resolveInterpreter({ setting: "${workspaceFolder}/.venv/bin/python", workspaceFolder: "/ws" }).command,
    "/ws/.venv/bin/python");
  assert.equal(resolveInterpreter({ setting: "~/py/bin/python", home: "/home/ada" }).command, "/home/ada/py/bin/python");
  assert.equal(resolveInterpreter({ setting: "~other/python", home: "/home/ada" }).command, "~other/python");
});

test("a missing interpreter and a missing package get different fixes", () => {
  const missing = missingTemperMessage({ command: "/nope/python", source: "setting" }, { notFound: true, detail: "" });
  assert.match(missing, /\/nope\/python \(from the setting temper.pythonPath\) was not found/);
  assert.match(missing, /set temper.pythonPath/);
  const noPackage = missingTemperMessage({ command: "python3", source: "default" },
    { notFound: false, detail: "Traceback…\nSyntaxError: invalid syntax\n" });
  assert.match(noPackage, /Temper could not run python3/);
  assert.match(noPackage, /`python3 -m pip install temper-coach`/);
  assert.match(noPackage, /`pipx install temper-coach`/);
  assert.match(noPackage, /SyntaxError: invalid syntax$/);
});
