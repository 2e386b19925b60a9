// A time limit for synchronous code in node's tests (node --test --require <this file>).
// node's own --test-timeout needs the event loop, which an endless loop never gives back. In each
// test file's process, a worker thread watches a heartbeat the main thread's event loop keeps;
// when it has stopped for TEMPER_NODE_HANG_MS, the worker pauses the main thread through the
// inspector, writes where it was (its stack, innermost first) to
// $TEMPER_NODE_HANG_OUT/hang-<pid>.json, and ends that JavaScript execution: the results of the
// tests before it reach the runner; the file's process then ends (killed if it does not).
"use strict";
const { Worker, isMainThread } = require("node:worker_threads");

const limit = Number(process.env.TEMPER_NODE_HANG_MS || 0);
const inTestFile = String(process.env.NODE_TEST_CONTEXT || "").startsWith("child");

const WATCHER = `
const { workerData } = require("node:worker_threads");
const inspector = require("node:inspector");
const fs = require("node:fs");
const path = require("node:path");
const { beat, limit, out } = workerData;
const end = () => process.kill(process.pid, "SIGKILL");
let fired = false;
setInterval(() => {
  if (fired || Date.now() - beat[0] < limit) return;
  fired = true;
  setTimeout(end, 1500);
  try {
    const session = new inspector.Session();
    session.connectToMainThread();
    const urls = new Map();
    session.on("Debugger.scriptParsed", ({ params }) => urls.set(params.scriptId, params.url));
    session.on("Debugger.paused", ({ params }) => {
      const frames = params.callFrames.slice(0, 30).map((f) => ({
        url: urls.get(f.location.scriptId) || f.url, name: f.functionName,
        line: f.location.lineNumber + 1, column: f.location.columnNumber + 1 }));
      try {
        fs.writeFileSync(path.join(out, "hang-" + process.pid + ".json"),
                         JSON.stringify({ limit_ms: limit, frames }));
      } catch (error) { /* nothing more to say */ }
      session.post("Debugger.disable", () => session.post("Runtime.terminateExecution"));
    });
    session.post("Debugger.enable", () => session.post("Debugger.pause"));
  } catch (error) { end(); }
}, 100);
`;

if (isMainThread && inTestFile && limit > 0) {
  const beat = new Float64Array(new SharedArrayBuffer(8));
  beat[0] = Date.now();
  setInterval(() => { beat[0] = Date.now(); }, 50).unref();
  new Worker(WATCHER, { eval: true, workerData: {
    beat, limit, out: process.env.TEMPER_NODE_HANG_OUT || "." } }).unref();
}
