// Per-test coverage of every test of a file in ONE process, for the fault probe
// (node --require <this file> FILE, the test file run directly). Through an inspector session on
// the main thread (its messages are answered synchronously), V8 counts blocks from before the
// test file loads; root-level node:test hooks, which apply to every test, take the counts
// (Profiler.takePreciseCoverage, which also resets them) around each test. Each line written to
// $TEMPER_PROBE_COVER (synchronously, so nothing is lost when the process is made to exit) is
// {"load": ranges} for what ran before the first test, or {"name", "passed", "result"} per test.
"use strict";
const fs = require("node:fs");

const out = process.env.TEMPER_PROBE_COVER;

function write(record) {
  try {
    fs.appendFileSync(out, JSON.stringify(record) + "\n");
  } catch (failed) { /* the probe then runs the tests alone */ }
}

try {
  // a node built without the inspector, or too old for t.passed, writes nothing: the probe
  // then runs each test alone
  const inspector = require("node:inspector");
  const { beforeEach, afterEach } = require("node:test");
  const session = new inspector.Session();
  session.connect();
  session.post("Profiler.enable");
  session.post("Profiler.startPreciseCoverage", { callCount: true, detailed: true });
  const take = () => {
    let taken = [];
    session.post("Profiler.takePreciseCoverage", (error, found) => {
      taken = found ? found.result : [];
    });
    return taken;
  };
  let loaded = false;
  beforeEach(() => {
    const between = take();
    if (!loaded) {
      loaded = true;
      write({ load: between });
    }
  });
  afterEach((t) => {
    write({ name: t.name, passed: typeof t.passed === "boolean" ? t.passed : null,
            result: take() });
  });
} catch (failed) { /* as above */ }
