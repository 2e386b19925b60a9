import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import {
  bundleMismatch, LINK_LIBS, Manifest, newEnough, parseManifest, PythonFacts, shortHash, venvPython,
} from "../src/model/bundle";
import { probe, run, stream } from "../src/model/python";

const manifest: Manifest = { temper: "0.1.0", target: "linux-x64", python: "3.11",
                             implementation: "cpython", wheel: "temper_coach-0.1.0-py3-none-any.whl" };
const facts: PythonFacts = { version: "3.11.7", implementation: "cpython", target: "linux-x64", venv: true,
                             executable: "/usr/bin/python3" };

test("the manifest is read, and a broken one is refused", () => {
  assert.deepEqual(parseManifest(JSON.stringify(manifest)), manifest);
  assert.equal(parseManifest("{"), undefined);
  assert.equal(parseManifest(JSON.stringify({ ...manifest, wheel: 3 })), undefined);
});

test("the bundled libraries fit only their platform, implementation and Python version", () => {
  assert.equal(bundleMismatch(manifest, facts), undefined);
  assert.match(bundleMismatch(manifest, { ...facts, version: "3.12.1" }) ?? "",
    /built for CPython 3.11 on linux-x64, and this interpreter is Python 3.12.1/);
  assert.match(bundleMismatch(manifest, { ...facts, target: "darwin-arm64" }) ?? "", /runs on darwin-arm64/);
  assert.match(bundleMismatch(manifest, { ...facts, implementation: "pypy" }) ?? "", /interpreter is pypy/);
});

test("Python 3.11 is the oldest Temper runs on", () => {
  assert.ok(newEnough("3.11.0") && newEnough("3.13.2") && newEnough("4.0"));
  assert.ok(!newEnough("3.10.12") && !newEnough("2.7.18"));
});

test("an interpreter has one folder name; venv layouts differ on Windows", () => {
  assert.equal(shortHash("/usr/bin/python3"), shortHash("/usr/bin/python3"));
  assert.notEqual(shortHash("/usr/bin/python3"), shortHash("/usr/bin/python3.12"));
  assert.equal(venvPython("/s/venv", "linux"), "/s/venv/bin/python");
  assert.equal(venvPython("C:\\s\\venv", "win32"), "C:\\s\\venv\\Scripts\\python.exe");
});

const python = process.env.TEMPER_PYTHON;

test("the probe describes a real interpreter", { skip: !python && "set TEMPER_PYTHON" }, async () => {
  const found = await probe(python!, process.env);
  assert.ok("version" in found, JSON.stringify(found));
  assert.match(found.version, /^3\.\d+\.\d+/);
  assert.equal(found.implementation, "cpython");
  assert.equal(found.target, `${process.platform}-${process.arch}`);
  assert.ok(found.executable.startsWith("/"), found.executable);
});

test("a missing interpreter is reported as not found", async () => {
  const found = await probe("/no/such/python3", process.env);
  assert.ok(!("version" in found) && found.notFound);
});

test("libraries are linked into a fresh environment, bin into its scripts",
     { skip: !python && "set TEMPER_PYTHON" }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "temper-link-"));
  const libs = join(dir, "libs");
  mkdirSync(join(libs, "pkg_a"), { recursive: true });
  mkdirSync(join(libs, "bin"));
  writeFileSync(join(libs, "pkg_a", "__init__.py"), "VALUE = 42\n");
  writeFileSync(join(libs, "single_module.py"), "NAME = 'single'\n");
  writeFileSync(join(libs, "bin", "tool"), "#!/bin/sh\necho tool\n", { mode: 0o755 });
  const venv = join(dir, "venv");
  assert.ok((await run(python!, ["-m", "venv", "--without-pip", venv], process.env)).ok);
  const linked = await run(venvPython(venv), ["-c", LINK_LIBS, libs], process.env);
  assert.ok(linked.ok, linked.stderr);
  const out = execFileSync(venvPython(venv), ["-c", "import pkg_a, single_module; print(pkg_a.VALUE, single_module.NAME)"]);
  assert.equal(String(out).trim(), "42 single");
  assert.equal(readFileSync(join(venv, "bin", "tool"), "utf8"), "#!/bin/sh\necho tool\n");
});

test("stream hands over each line as it comes and the exit status", async () => {
  const lines: string[] = [];
  const ran = await stream("sh", ["-c", "echo one; echo two >&2; echo three; exit 3"], process.env, (l) => lines.push(l));
  assert.equal(ran.ok, false);
  assert.deepEqual([...lines].sort(), ["one", "three", "two"]);
  assert.ok((await stream("sh", ["-c", "true"], process.env, () => undefined)).ok);
  assert.ok((await stream("/no/such/tool", [], process.env, () => undefined)).notFound);
});
