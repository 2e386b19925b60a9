// A node:test reporter for Temper: one JSON object per finished test, one per line.
// TEMPER_NODE_REPORT=<report.ndjson> node --test --test-reporter=<this file>
// Lines are written synchronously to that file, not yielded to a destination stream: with
// --test-force-exit, Node 20 exits before a destination stream is flushed and about one run
// in five lost its last events (nodejs/node#54327).
// Errors carry their cause's message and stack, so the runner can find the failing lines; a
// failed assertion also carries its two values (as util.inspect shows them) and its operator.
import { openSync, writeSync } from "node:fs";
import { inspect } from "node:util";

const SHOWN = { depth: 4, breakLength: Infinity, maxArrayLength: 20, maxStringLength: 200 };

function shown(value) {
  const text = inspect(value, SHOWN);
  return text.length > 200 ? text.slice(0, 199) + "…" : text;
}

function describe(error) {
  if (!error) return undefined;
  const cause = error.cause instanceof Error ? error.cause : undefined;
  const inner = cause ?? error;
  const compared = inner.code === "ERR_ASSERTION" && "expected" in inner;
  return {
    message: String(inner.message ?? error.message ?? error),
    stack: String(inner.stack ?? ""),
    type: inner.name ?? inner.constructor?.name ?? "Error",
    code: error.code,
    failureType: error.failureType,
    actual: compared ? shown(inner.actual) : undefined,
    expected: compared ? shown(inner.expected) : undefined,
    operator: compared ? String(inner.operator) : undefined,
  };
}

export default async function* temperReporter(source) {
  const report = openSync(process.env.TEMPER_NODE_REPORT, "a");
  const write = (record) => writeSync(report, JSON.stringify(record) + "\n");
  for await (const event of source) {
    const data = event.data ?? {};
    if (event.type === "test:pass" || event.type === "test:fail") {
      const outcome = event.type === "test:fail" ? "failed"
        : (data.skip !== undefined || data.todo !== undefined ? "skipped" : "passed");
      write({
        kind: "test", name: data.name, file: data.file, line: data.line, column: data.column,
        nesting: data.nesting, outcome, duration_ms: data.details?.duration_ms,
        error: describe(data.details?.error),
      });
    } else if (event.type === "test:stdout" || event.type === "test:stderr") {
      write({ kind: event.type.slice(5), file: data.file, text: data.message });
    }
  }
}
