// A time limit for synchronous code in the fault probe's runs (node --require <this file> FILE,
// the test file run directly). node's own limits need the event loop, which an endless loop
// never gives back: a worker thread watches a heartbeat the main thread's event loop keeps, and
// when it has stopped for TEMPER_PROBE_HANG_MS the process is killed. With NODE_V8_COVERAGE set
// (V8 then counts blocks from the start), the worker first takes the main thread's block counts
// through the inspector (Profiler.takePreciseCoverage, answered between two steps of the loop)
// and writes them beside V8's own files as hung-<pid>.json: Node writes NODE_V8_COVERAGE only
// when a process exits, which an endless loop never does.
"use strict";
const { Worker, isMainThread } = require("node:worker_threads");

const limit = Number(process.env.TEMPER_PROBE_HANG_MS || 0);
const folder = process.env.NODE_V8_COVERAGE || "";

const WATCHER = `
const { workerData } = require("node:worker_threads");
const inspector = require("node:inspector");
const fs = require("node:fs");
const path = require("node:path");
const { beat, limit, folder } = workerData;
const end = () => process.kill(process.pid, "SIGKILL");
let fired = false;
setInterval(() => {
  if (fired || Date.now() - beat[0] < limit) return;
  fired = true;
  if (!folder) return end();
  setTimeout(end, 1500);
  try {
    const session = new inspector.Session();
    session.connectToMainThread();
    // the mode NODE_V8_COVERAGE selected, so the counts so far are kept
    session.post("Profiler.enable", () =>
      session.post("Profiler.startPreciseCoverage", { callCount: true, detailed: true }, () =>
        session.post("Profiler.takePreciseCoverage", (error, taken) => {
          try {
            fs.writeFileSync(path.join(folder, "hung-" + process.pid + ".json"),
                             JSON.stringify({ result: taken ? taken.result : [] }));
          } catch (failed) { /* no coverage, then */ }
          end();
        })));
  } catch (failed) { end(); }
}, 50);
`;

if (isMainThread && limit > 0) {
  const beat = new Float64Array(new SharedArrayBuffer(8));
  beat[0] = Date.now();
  setInterval(() => { beat[0] = Date.now(); }, 25).unref();
  new Worker(WATCHER, { eval: true, workerData: { beat, limit, folder } }).unref();
}
